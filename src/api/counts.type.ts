import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Party } from "./party.type";
import { DateScalar } from "./scalars";

/** What `counts` counts: agreements, or the acts, memberships and signatures that link parties to hubs. */
export enum CountOf {
  AGREEMENTS = "AGREEMENTS",
  ACTS = "ACTS",
  MEMBERSHIPS = "MEMBERSHIPS",
  SIGNATURES = "SIGNATURES",
}

/** What `counts` groups by. */
export enum CountDimension {
  YEAR = "YEAR",
  MONTH = "MONTH",
  SECTOR = "SECTOR",
  PARTY = "PARTY",
  REGION = "REGION",
  KIND = "KIND",
}

registerEnumType(CountOf, {
  name: "CountOf",
  description:
    "ACTS: a party's acts on agreements (a refusal, DECLINED, never counts). MEMBERSHIPS: in initiatives, attendance included (KIND tells it apart). SIGNATURES: a person's, for a party.",
});
registerEnumType(CountDimension, {
  name: "CountDimension",
  description:
    "YEAR and MONTH: the agreement's signing date, the party's own date of an act or membership, a signature's date (else its agreement's); undated ones under `unknown`. SECTOR: the sectors covered, sub-sectors counted in their parents too. PARTY: the parties that acted (agreements), the acting party or member, the party signed for. REGION: their regions (an organization takes its country's). KIND: the agreement's kind, the act, the membership's kind.",
});

@ObjectType({ description: "One value of a dimension." })
export class CountKey {
  @Field(() => CountDimension) dimension!: CountDimension;
  @Field(() => ID, {
    description:
      'YEAR "2026" and MONTH "2026-01" ("2026" when only the year is known), or "unknown"; a sector or party id; a region; a kind as the counted field spells it (Agreement.kind, PartyAct.act, Membership.kind).',
  })
  id!: string;
  @Field(() => String) label!: string;
}

@ObjectType({
  description: "How many distinct facts share these keys, one key per dimension asked for, in that order.",
})
export class CountRow {
  @Field(() => [CountKey]) keys!: CountKey[];
  @Field(() => Int) count!: number;
}

export enum GrowthInterval {
  MONTH = "MONTH",
  YEAR = "YEAR",
}
registerEnumType(GrowthInterval, { name: "GrowthInterval" });

@ObjectType({
  description:
    "One period of an initiative's membership: the members at its end (attendance excluded, as in memberList) and who joined or left during it.",
})
export class GrowthPoint {
  @Field(() => String, { description: '"2026-01" or "2026".' }) period!: string;
  @Field(() => DateScalar, { description: "The period's first day." }) from!: string;
  @Field(() => DateScalar, { description: "Its last day (today for the period holding today)." }) to!: string;
  @Field(() => Int) memberCount!: number;
  @Field(() => [Party]) members!: Party[];
  @Field(() => [Party]) joined!: Party[];
  @Field(() => [Party]) left!: Party[];
}
