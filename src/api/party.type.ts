import { kindOf } from "./entity";
import { Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { Agreement } from "./agreement.type";
import { Connection } from "./connection";
import { DatePrecision, MembershipKind } from "./enums";
import { DateScalar } from "./scalars";
import { Initiative } from "./initiative.type";
import { Sector } from "./sector.type";
import { Source } from "./source.type";
import { Entity } from "./search.type";

/**
 * A country or an organization that can be party to agreements and member of initiatives.
 * Its fields with arguments (agreements, memberships, partners) are resolved in party.resolver.ts.
 */
@InterfaceType({ resolveType: kindOf })
export abstract class Party {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameFr?: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ implements: Party, description: "An ISO 3166-1 country (data: world-countries, ODbL)." })
export class Country extends Party {
  @Field(() => String, { description: "ISO 3166-1 alpha-2" }) code!: string;
  @Field(() => String, { description: "ISO 3166-1 alpha-3" }) iso3!: string;
  @Field(() => String, { nullable: true }) region?: string;
  @Field(() => String, { nullable: true }) subregion?: string;
}

@ObjectType({
  implements: Party,
  description: "A ministry, agency, directorate or intergovernmental body such as the EU.",
})
export class Organization extends Party {
  @Field(() => String) kind!: string;
  @Field(() => Country, { nullable: true }) country?: Country;
  @Field(() => Organization, { nullable: true }) parent?: Organization;
}

@ObjectType({ description: "A party's membership of an initiative; a party may hold several over time." })
export class Membership {
  @Field(() => Party) party!: Party;
  @Field(() => Initiative) initiative!: Initiative;
  @Field(() => MembershipKind) kind!: MembershipKind;
  @Field(() => DateScalar, { nullable: true }) since?: string;
  @Field(() => DatePrecision, { nullable: true }) sincePrecision?: DatePrecision;
  @Field(() => DateScalar, { nullable: true }) until?: string;
  @Field(() => DatePrecision, { nullable: true }) untilPrecision?: DatePrecision;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({
  description: "Two parties linked by shared agreements or initiative memberships (attending does not count).",
})
export class Partnership {
  @Field(() => Party) partner!: Party;
  @Field(() => [Agreement]) agreements!: Agreement[];
  @Field(() => [Initiative]) initiatives!: Initiative[];
  @Field(() => [Sector]) sectors!: Sector[];
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The earliest `since` among its links: the first day both parties were linked. Null when no link's dates are known.",
  })
  since?: string;
  @Field(() => Int, {
    description:
      "Shared agreements + shared initiatives; an agreement that establishes a shared initiative counts once with it.",
  })
  strength!: number;
  @Field(() => [PartnershipLink], {
    description: "Each shared agreement or initiative, with each party's own date on it.",
  })
  links!: PartnershipLink[];
}

@ObjectType({
  description: "Two parties linked through one agreement or initiative, from the later of their own dates on it.",
})
export class PartnershipLink {
  @Field(() => Entity, { description: "The agreement or initiative." }) hub!: typeof Entity;
  @Field(() => DateScalar, { nullable: true, description: "The party's own act or membership date on the hub." })
  partySince?: string;
  @Field(() => DateScalar, { nullable: true, description: "The partner's own date on the hub." }) partnerSince?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The later of the two; null when either is unknown (never the hub's date).",
  })
  since?: string;
  @Field(() => [Source], { description: "The sources of both parties' acts or memberships." }) sources!: Source[];
}

@ObjectType()
export class PartyDegree {
  @Field(() => Party) party!: Party;
  @Field(() => Int, { description: "Agreements acted on + initiatives joined (attending excluded)." }) degree!: number;
}

export const CountryConnection = Connection(Country, "Country");
export const OrganizationConnection = Connection(Organization, "Organization");
export const MembershipConnection = Connection(Membership, "Membership");
