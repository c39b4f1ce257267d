import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { entitiesPage, PageArgs, pageRequest } from "./connection";
import type { ApiContext } from "./context";
import { Source, SourceConnection } from "./source.type";

@Resolver()
export class SourceQueries {
  @Query(() => SourceConnection)
  sources(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: ApiContext) {
    return entitiesPage(ctx, "Source", pageRequest(first, after));
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
