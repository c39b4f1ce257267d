import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Party } from "./party.type";
import { Entity } from "./search.type";

export enum CentralityMeasure {
  PAGERANK = "PAGERANK",
  BETWEENNESS = "BETWEENNESS",
  DEGREE = "DEGREE",
}

registerEnumType(CentralityMeasure, {
  name: "CentralityMeasure",
  description:
    "Over the party graph (parties linked by shared agreements and initiatives, weighted by how many). PAGERANK: weighted by shared hubs, scores sum to 1. BETWEENNESS: shortest paths with distance 1 / shared, normalized by the pairs of other parties. DEGREE: the number of partners.",
});

@ObjectType()
export class PartyScore {
  @Field(() => Party) party!: Party;
  @Field(() => Float) score!: number;
  @Field(() => Int, { description: "1 + how many parties score higher; equal scores share a rank." }) rank!: number;
}

@ObjectType({ description: "A community of the party graph found by Louvain (weighted by shared hubs)." })
export class Bloc {
  @Field(() => ID) id!: string;
  @Field(() => Int) size!: number;
  @Field(() => [Party]) members!: Party[];
  @Field(() => [Entity], {
    description: "The agreements and initiatives most shared inside the bloc (held by two members or more), up to 5.",
  })
  hubs!: Array<typeof Entity>;
}

@ObjectType()
export class BlocPartition {
  @Field(() => Float, { description: "The weighted modularity of the partition (resolution 1)." }) modularity!: number;
  @Field(() => [Bloc], { description: "Largest first." }) blocs!: Bloc[];
}

@ObjectType({
  description:
    "How aligned two parties are: the Jaccard index of the agreements and initiatives each takes part in, |shared| / |either|, under the same link rules, sector and day (1: the very same ones; 0: none in common).",
})
export class Alignment {
  @Field(() => Party) party!: Party;
  @Field(() => Party) other!: Party;
  @Field(() => Float) score!: number;
  @Field(() => Int, { description: "How many agreements and initiatives they share." }) shared!: number;
  @Field(() => [Entity], { description: "The agreements and initiatives they share." }) hubs!: Array<typeof Entity>;
}
