import { Field, ObjectType } from "type-graphql";
import { Source } from "./source.type";

@ObjectType({
  description:
    "An identifier of the same thing in another dataset: a Wikidata Q-number, a CETS number, a UN document symbol...",
})
export class ExternalId {
  @Field(() => String, { description: "wikidata, cets, un-document, oecd-legal..." }) scheme!: string;
  @Field(() => String) value!: string;
  @Field(() => [Source], { description: "Where the identifier was taken from." }) sources!: Source[];
}
