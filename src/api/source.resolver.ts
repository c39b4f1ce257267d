import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { ListPageArgs } from "./connection";
import type { WhereInput } from "./filter/compile-where";
import { entitiesPage } from "./filter/list-page";
import { sortInput } from "./filter/sort";
import { whereInput } from "./filter/where-types";
import type { ApiContext } from "./context";
import { SourceConnection } from "./source.type";

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
}
