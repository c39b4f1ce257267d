import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "./connection";
import { DatePrecision } from "./enums";
import { DateScalar } from "./scalars";
import { Claim, SectorClaim } from "./sector.type";
import { Source } from "./source.type";

/** A standing grouping or programme (Pax Silica, GPAI...). `members` is resolved with its arguments. */
@ObjectType()
export class Initiative {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameFr?: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String) kind!: string;
  @Field(() => DateScalar, { nullable: true }) launchedOn?: string;
  @Field(() => DatePrecision, { nullable: true }) launchedOnPrecision?: DatePrecision;
  @Field(() => String, { nullable: true }) summary?: string;
  @Field(() => [SectorClaim]) sectors!: SectorClaim[];
  @Field(() => [Claim]) claims!: Claim[];
  @Field(() => [Source]) sources!: Source[];
}

export const InitiativeConnection = Connection(Initiative, "Initiative");
