import { Field, ID, ObjectType } from "type-graphql";
import { ClaimStatus } from "./enums";
import { Source } from "./source.type";

@ObjectType({ description: "A technology sector: the US NSTC list (Feb 2024) and a small local extension." })
export class Sector {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameFr?: string;
  @Field(() => Sector, { nullable: true }) parent?: Sector;
  @Field(() => [Sector]) children!: Sector[];
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "A sector that an agreement or initiative covers, with the sources that say so." })
export class SectorClaim {
  @Field(() => Sector) sector!: Sector;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "A value on which sources disagree, with the sources of this version." })
export class Claim {
  @Field(() => String) field!: string;
  @Field(() => String) value!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => ClaimStatus) status!: ClaimStatus;
  @Field(() => [Source], { description: "For an ERRONEOUS claim: the sources that settle it." }) settledBy!: Source[];
  @Field(() => [ClaimContradiction], { description: "Facts of this graph that contradict the claim." })
  contradictedBy!: ClaimContradiction[];
}

@ObjectType({ description: "An agreement or initiative of the graph that contradicts a claim, and why." })
export class ClaimContradiction {
  @Field(() => String) note!: string;
}
