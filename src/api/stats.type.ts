import { Field, Int, ObjectType } from "type-graphql";
import { Sector } from "./sector.type";

@ObjectType()
export class SectorCount {
  @Field(() => Sector) sector!: Sector;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class YearCount {
  @Field(() => Int) year!: number;
  @Field(() => Int) count!: number;
}

/** Counts; `mostConnected` is resolved with its argument in stats.resolver.ts. */
@ObjectType()
export class Stats {
  @Field(() => Int) countries!: number;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) agreements!: number;
  @Field(() => Int) initiatives!: number;
  @Field(() => Int) sectors!: number;
  @Field(() => Int) sources!: number;
  @Field(() => [SectorCount]) agreementsBySector!: SectorCount[];
  @Field(() => [YearCount]) agreementsByYear!: YearCount[];
}

@ObjectType({ description: "The dataset's release, as CITATION.cff names it for citation." })
export class DatasetRelease {
  @Field(() => String) version!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) date?: string;
  @Field(() => String, { description: "The data's licence (SPDX id)." }) license!: string;
}

@ObjectType({ description: "How much the loaded dataset holds." })
export class DatasetCounts {
  @Field(() => Int) agreements!: number;
  @Field(() => Int) initiatives!: number;
  @Field(() => Int) acts!: number;
  @Field(() => Int) memberships!: number;
  @Field(() => Int, { description: "Acts and memberships that carry the party's own date." })
  datedActsAndMemberships!: number;
  @Field(() => Int) sources!: number;
  @Field(() => Int) people!: number;
}

@ObjectType()
export class Meta {
  @Field(() => String, { description: "Checksum of the seed files loaded." }) datasetVersion!: string;
  @Field(() => String, { description: "When they were loaded (ISO date-time)." }) loadedAt!: string;
  @Field(() => Int, {
    description:
      "The data revision: rises by one with every write (edit, seed load, restore), in the write's own transaction. Caches and ETags name it.",
  })
  revision!: number;
  @Field(() => DatasetRelease) release!: DatasetRelease;
  @Field(() => DatasetCounts) counts!: DatasetCounts;
}
