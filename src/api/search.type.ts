import { kindOf } from "./entity";
import { createUnionType, Field, Float, ID, ObjectType } from "type-graphql";
import { Agreement } from "./agreement.type";
import { EntityType } from "./enums";
import { Initiative } from "./initiative.type";
import { Country, Organization } from "./party.type";
import { Person } from "./person.type";
import { Place } from "./place.type";
import { Sector } from "./sector.type";
import { Source } from "./source.type";

export const Entity = createUnionType({
  name: "Entity",
  types: () => [Country, Organization, Person, Agreement, Initiative, Sector, Place, Source] as const,
  resolveType: kindOf,
});

@ObjectType()
export class SearchHit {
  @Field(() => Float, {
    description:
      "The kind of match in its integer part (4 an exact name, code or alias; 3 a name's beginning; 2 words of its names; 1 a name one typo away; 0 words with typos), Lucene's relevance in its fraction.",
  })
  score!: number;
  @Field(() => EntityType) type!: EntityType;
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The canonical name, even when an alias matched." }) label!: string;
  @Field(() => Entity) entity!: typeof Entity;
}
