import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "./connection";
import { ActKind, DatePrecision } from "./enums";
import { Initiative } from "./initiative.type";
import { Party } from "./party.type";
import { Attendance, Signature, Statement } from "./person.type";
import { Place } from "./place.type";
import { DateScalar } from "./scalars";
import { Claim, SectorClaim } from "./sector.type";
import { Source } from "./source.type";

@ObjectType({ description: "A dated document signed or issued: declaration, joint statement, memorandum, treaty..." })
export class Agreement {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) titleFr?: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String) kind!: string;
  @Field(() => DateScalar, { nullable: true }) signedOn?: string;
  @Field(() => DatePrecision, { nullable: true }) signedOnPrecision?: DatePrecision;
  @Field(() => Place, { nullable: true }) place?: Place;
  @Field(() => Boolean, { nullable: true, description: "Null when no source says." }) binding?: boolean;
  @Field(() => String, { nullable: true }) summary?: string;
  @Field(() => [Party], { description: "Every party that acted on it (signed, ratified, endorsed...)." })
  parties!: Party[];
  @Field(() => [PartyAct]) acts!: PartyAct[];
  @Field(() => [Signature]) signatures!: Signature[];
  @Field(() => [Attendance]) attendances!: Attendance[];
  @Field(() => [SectorClaim]) sectors!: SectorClaim[];
  @Field(() => [Initiative], { description: "Initiatives it establishes or implements." }) initiatives!: Initiative[];
  @Field(() => [String], { description: "The kinds of cooperation it names." }) commitments!: string[];
  @Field(() => [Agreement], { description: "Earlier agreements it follows." }) predecessors!: Agreement[];
  @Field(() => [Statement]) statements!: Statement[];
  @Field(() => [Claim]) claims!: Claim[];
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "What a party did with an agreement, and when." })
export class PartyAct {
  @Field(() => Party) party!: Party;
  @Field(() => Agreement, { description: "The agreement acted on." }) agreement!: Agreement;
  @Field(() => ActKind) act!: ActKind;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => DatePrecision, { nullable: true }) datePrecision?: DatePrecision;
  @Field(() => [Source]) sources!: Source[];
}

export const PartyActConnection = Connection(PartyAct, "PartyAct");

@ObjectType("AgreementConnection")
export class AgreementConnection extends Connection(Agreement, "Agreement", { abstract: true }) {
  @Field(() => Int, {
    nullable: true,
    description:
      "On a party's agreements: how many agreements with partial party lists do not list it, so that it may have taken part in more. Null where it means nothing.",
  })
  partialListsNotListing?: number | null;
}

@InputType()
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: "A party (code or organization id) that acted on it." })
  party?: string;
  @Field(() => [ID], { nullable: true, description: "Parties that all acted on it." }) parties?: string[];
  @Field(() => ID, { nullable: true, description: "A person who signed it." }) signatory?: string;
  @Field(() => ID, { nullable: true, description: "A sector it covers, sub-sectors included." }) sector?: string;
  @Field(() => String, { nullable: true }) kind?: string;
  @Field(() => ID, { nullable: true }) initiative?: string;
  @Field(() => DateScalar, { nullable: true }) signedFrom?: string;
  @Field(() => DateScalar, { nullable: true }) signedTo?: string;
  @Field(() => String, { nullable: true, description: "Words in the title, any language, accents ignored." })
  text?: string;
}
