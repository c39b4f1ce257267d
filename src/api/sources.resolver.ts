import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

type AbstractClass = abstract new (...args: never[]) => object;
import type { ApiContext } from "./context";
import { Source } from "./source.type";

/**
 * Every type's `sources` field holds source ids in the graph; this resolves them, batched.
 * One resolver class per type, made by this factory, instead of a copy in each resolver.
 */
export function sourcesResolverFor(Type: AbstractClass) {
  @Resolver(() => Type)
  class SourcesResolver {
    @FieldResolver(() => [Source])
    sources(@Root() root: { sources?: string[] }, @Ctx() { loaders }: ApiContext) {
      return loaders.entitiesOf(root.sources);
    }
  }
  return SourcesResolver;
}
