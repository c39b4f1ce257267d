import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { ListPageArgs } from "./connection";
import type { WhereInput } from "./filter/compile-where";
import { entitiesPage } from "./filter/list-page";
import { sortInput } from "./filter/sort";
import { whereInput } from "./filter/where-types";
import type { ApiContext } from "./context";
import { Source, SourceConnection } from "./source.type";

@Resolver()
export class SourceQueries {
  @Query(() => SourceConnection)
  sources(
    @Arg("where", () => whereInput("Source"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("Source")], { nullable: true }) sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    return entitiesPage(ctx, info, "Source", { ...page, where, sort });
  }

  @Query(() => Source, {
    nullable: true,
    description: "A source by its id (as in seeds/sources.yaml); null if none has it.",
  })
  async source(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext) {
    const node = await ctx.loaders.entity(id);
    return node?.__kind === "Source" ? node : null;
  }
}
