import type { GraphQLResolveInfo } from "graphql";
import { rootSectors } from "./sector.repository";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { AgreementConnection } from "./agreement.type";
import { agreementsOf } from "./agreement.repository";
import { ListPageArgs } from "./connection";
import { fetchEntityById } from "./compile/prefetch";
import type { ApiContext } from "./context";
import { whenReady } from "./loaders";
import type { GraphNode } from "./entity";
import { Sector } from "./sector.type";

@Resolver(() => Sector)
export class SectorResolver {
  @FieldResolver(() => Sector, { nullable: true })
  parent(@Root() s: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("SUBSECTOR_OF", "out", s.id), (links) => links[0]?.node ?? null);
  }

  @FieldResolver(() => [Sector])
  children(@Root() s: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("SUBSECTOR_OF", "in", s.id), (links) => links.map((l) => l.node));
  }

  @FieldResolver(() => AgreementConnection, {
    description: "Agreements covering it or one of its sub-sectors, newest first.",
  })
  async agreements(
    @Root() s: GraphNode,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    return agreementsOf(ctx, info, { sector: s.id }, page);
  }
}

@Resolver()
export class SectorQueries {
  @Query(() => Sector, { nullable: true })
  async sector(@Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    const node = await fetchEntityById(ctx, info, "Sector", id);
    return node?.__kind === "Sector" ? node : null;
  }

  @Query(() => [Sector], { description: "The top-level sectors; their children are nested." })
  async sectors(@Ctx() { gateway }: ApiContext) {
    return rootSectors(gateway);
  }
}
