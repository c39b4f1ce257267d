import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context";
import type { GraphNode } from "./entity";
import { ExternalId } from "./external-id.type";

type AbstractClass = abstract new (...args: never[]) => object;

/**
 * `wikidataId` and `externalIds` for each type that has identifiers elsewhere: one resolver class
 * per type, made by this factory, as for `sources`.
 */
export function externalIdsResolverFor(Type: AbstractClass) {
  @Resolver(() => Type)
  class ExternalIdsResolver {
    @FieldResolver(() => String, {
      nullable: true,
      description: "Its Wikidata item (a Q-number), when a source gives it.",
    })
    wikidataId(@Root() root: GraphNode) {
      return (root.wikidataId as string | undefined) ?? null;
    }

    @FieldResolver(() => [ExternalId], { description: "Its identifiers in other datasets, each with its sources." })
    async externalIds(@Root() root: GraphNode, @Ctx() { loaders }: ApiContext) {
      return (await loaders.links("HAS_EXTERNAL_ID", "out", root.id)).map((l) => l.node);
    }
  }
  return ExternalIdsResolver;
}
