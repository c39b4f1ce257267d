import { Args, Ctx, Query, Resolver } from "type-graphql";
import { entitiesPage, PageArgs, pageRequest } from "./connection";
import type { ApiContext } from "./context";
import { SourceConnection } from "./source.type";

@Resolver()
export class SourceQueries {
  @Query(() => SourceConnection)
  sources(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: ApiContext) {
    return entitiesPage(ctx, "Source", pageRequest(first, after));
  }
}
