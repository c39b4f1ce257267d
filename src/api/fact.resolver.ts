import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageRequest, toConnection } from "./connection";
import type { ApiContext } from "./context";
import { changesPage, factsPage } from "./fact.repository";
import { ChangeConnection, FactConnection, FactWhere } from "./fact.type";
import { DateTimeScalar } from "./scalars";
import { Source } from "./source.type";

@Resolver()
export class FactQueries {
  @Query(() => FactConnection, {
    description:
      "Facts (records and relationships that carry sources) with their provenance, most recently changed first; `where` narrows them.",
  })
  async facts(
    @Arg("where", () => FactWhere, { nullable: true }) where: FactWhere | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = pageRequest(first, after);
    const { items, total } = await factsPage(ctx.gateway, where, page);
    return toConnection(items, total, page);
  }

  @Query(() => ChangeConnection, {
    description:
      "Every fact created, updated or deleted at or after `since`, by seed loads and edits alike, oldest first.",
  })
  async changes(
    @Arg("since", () => DateTimeScalar) since: Date,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = pageRequest(first, after);
    const { items, total } = await changesPage(ctx.gateway, since, page);
    return toConnection(items, total, page);
  }
}

@Resolver(() => Source)
export class SourceCitedByResolver {
  @FieldResolver(() => FactConnection, { description: "Every fact this source supports (itself aside)." })
  async citedBy(
    @Root() source: { id: string },
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = pageRequest(first, after);
    const { items, total } = await factsPage(ctx.gateway, { source: { id: { eq: source.id } } }, page);
    return toConnection(items, total, page);
  }
}
