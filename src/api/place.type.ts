import { Field, ID, ObjectType } from "type-graphql";
import { Country } from "./party.type";
import { Source } from "./source.type";

@ObjectType({ description: "Where something was signed. A disputed place asserts no country." })
export class Place {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameFr?: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => Country, { nullable: true }) country?: Country;
  @Field(() => Boolean) disputed!: boolean;
  @Field(() => String, { nullable: true, description: "What the sources say of its status." }) note?: string;
  @Field(() => Place, { nullable: true }) within?: Place;
  @Field(() => [Source]) sources!: Source[];
}
