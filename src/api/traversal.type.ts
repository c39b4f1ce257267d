import { kindOf } from "./entity";
import { createUnionType, Field, ID, Int, ObjectType } from "type-graphql";
import { Agreement } from "./agreement.type";
import { DatePrecision, EntityType } from "./enums";
import { Initiative } from "./initiative.type";
import { Party } from "./party.type";
import { DateScalar } from "./scalars";
import { Sector } from "./sector.type";
import { Source } from "./source.type";

export const AllianceLink = createUnionType({
  name: "AllianceLink",
  types: () => [Agreement, Initiative] as const,
  resolveType: kindOf,
});

@ObjectType({ description: "One step: two parties linked by a shared agreement or initiative." })
export class PathStep {
  @Field(() => Party) from!: Party;
  @Field(() => Party) to!: Party;
  @Field(() => AllianceLink) via!: typeof AllianceLink;
}

@ObjectType()
export class AlliancePath {
  @Field(() => Int, { description: "The number of steps." }) length!: number;
  @Field(() => [PathStep]) steps!: PathStep[];
}

@ObjectType()
export class NetworkNode {
  @Field(() => ID) id!: string;
  @Field(() => EntityType) type!: EntityType;
  @Field(() => String) label!: string;
}

@ObjectType()
export class NetworkEdge {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String, { description: "The relationship: ACTED_ON, MEMBER_OF, SIGNED..." }) type!: string;
  @Field(() => String, { nullable: true, description: "The act or membership kind, when there is one." })
  label?: string;
}

@ObjectType()
export class Network {
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge]) edges!: NetworkEdge[];
}

@ObjectType()
export class TimelineEvent {
  @Field(() => DateScalar) date!: string;
  @Field(() => DatePrecision) precision!: DatePrecision;
  @Field(() => String, { description: "SIGNED, RATIFIED..., JOINED (a membership began), LAUNCHED (an initiative)." })
  kind!: string;
  @Field(() => String) label!: string;
  @Field(() => Agreement, { nullable: true }) agreement?: Agreement;
  @Field(() => Initiative, { nullable: true }) initiative?: Initiative;
  @Field(() => [Party]) parties!: Party[];
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType({ description: "What two parties share." })
export class CommonGround {
  @Field(() => [Agreement]) agreements!: Agreement[];
  @Field(() => [Initiative]) initiatives!: Initiative[];
  @Field(() => [Sector]) sectors!: Sector[];
}
