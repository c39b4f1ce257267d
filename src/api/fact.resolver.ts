import DataLoader from "dataloader";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { factId, type FactRef } from "../provenance/fact-ref";
import { DEFAULT_PAGE_SIZE, PageArgs, pageRequest, toConnection } from "./connection";
import type { ApiContext } from "./context";
import { changesPage, factConnection, factPageRequest, factsByRef, factsPage, type ChangeRow } from "./fact.repository";
import { Change, ChangeConnection, Fact, FactConnection, FactWhere } from "./fact.type";
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
    const page = factPageRequest(first, after);
    return factConnection(page, await factsPage(ctx.gateway, where, page));
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

/**
 * What one source's citedBy costs besides its page: it runs its own statement over every fact, so
 * a list of sources each asking for it is refused before it can tie up the database.
 */
const CITED_BY_COST = 100;

@Resolver(() => Source)
export class SourceCitedByResolver {
  @FieldResolver(() => FactConnection, {
    description: "Every fact this source supports (itself aside), most recently changed first.",
    complexity: ({ args, childComplexity }) =>
      CITED_BY_COST + childComplexity * Number(args.first ?? DEFAULT_PAGE_SIZE),
  })
  async citedBy(
    @Root() source: { id: string },
    @Arg("where", () => FactWhere, {
      nullable: true,
      description: "Only the facts that also match (kind, sources count, what they are about, when changed).",
    })
    where: FactWhere | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = factPageRequest(first, after);
    const filter = { ...where, source: { id: { eq: source.id } } };
    return factConnection(page, await factsPage(ctx.gateway, filter, page));
  }
}

@Resolver(() => Change)
export class ChangeFactResolver {
  @FieldResolver(() => Fact, { nullable: true })
  fact(@Root() change: ChangeRow, @Ctx() ctx: ApiContext) {
    if (!change.ref) return null;
    // Every change of the page asks at once: one statement for all their facts.
    const loader = ctx.loaderFor(
      "facts-by-ref",
      () =>
        new DataLoader<FactRef, Fact | null, string>(
          async (refs) => {
            const found = await factsByRef(ctx.gateway, refs);
            return refs.map((ref) => found.get(factId(ref)) ?? null);
          },
          { cacheKeyFn: factId },
        ),
    );
    return loader.load(change.ref);
  }
}
