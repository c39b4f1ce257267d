import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "./connection";
import { DateScalar } from "./scalars";
import { DatePrecision } from "./enums";

@ObjectType({ description: "Where a fact comes from: an article, an official text, a dataset." })
export class Source {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) url?: string;
  @Field(() => String, { nullable: true }) publisher?: string;
  @Field(() => String, { nullable: true }) language?: string;
  @Field(() => DateScalar, { nullable: true }) publishedOn?: string;
  @Field(() => DatePrecision, { nullable: true }) publishedOnPrecision?: DatePrecision;
  @Field(() => String, { nullable: true }) note?: string;
}

export const SourceConnection = Connection(Source, "Source");
