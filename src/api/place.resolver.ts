import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { fetchEntityById } from "./compile/prefetch";
import type { ApiContext } from "./context";
import { whenReady } from "./loaders";
import type { GraphNode } from "./entity";
import { Country } from "./party.type";
import { Place } from "./place.type";

@Resolver(() => Place)
export class PlaceResolver {
  // The Explorer opens a place from a link or a network node, knowing only its id.
  @Query(() => Place, { nullable: true, description: "A place by its id." })
  async place(@Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    const node = await fetchEntityById(ctx, info, "Place", id);
    return node?.__kind === "Place" ? node : null;
  }

  @FieldResolver(() => Country, { nullable: true, description: "Null where sovereignty is disputed." })
  country(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("LOCATED_IN", "out", p.id), (links) => links[0]?.node ?? null);
  }

  @FieldResolver(() => Place, { nullable: true })
  within(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("WITHIN", "out", p.id), (links) => links[0]?.node ?? null);
  }
}
