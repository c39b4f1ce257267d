import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { badInput } from "../shared/errors";
import { asOfParams } from "./traversal.repository";
import { Alignment, BlocPartition, CentralityMeasure, PartyScore } from "./analytics.type";
import type { ApiContext } from "./context";
import type { GraphNode } from "./entity";
import { checkArgument } from "./limits";
import { alignment, blocHubs, rankScores, type PartyGraph } from "./party-graph";
import { Party } from "./party.type";
import { optionalEntity, requireParty } from "./party-ids";
import { DateScalar } from "./scalars";

/** alignmentMatrix compares every pair of these: 50 parties are 1,225 pairs. */
export const MAX_ALIGNMENT_PARTIES = 50;

const MEASURES = { PAGERANK: "pagerank", BETWEENNESS: "betweenness", DEGREE: "degree" } as const;

async function partyGraph(ctx: ApiContext, sector: string | undefined, asOf: string | undefined) {
  const sectorId = await optionalEntity(ctx, "sector", sector, ["Sector"]);
  const params = { sector: sectorId, ...asOfParams(asOf, ctx.today) };
  return ctx.partyGraphs.get(ctx.gateway, params);
}

function alignmentOf(ctx: ApiContext, pg: PartyGraph, party: string, other: string) {
  const { score, hubs } = alignment(pg, party, other);
  return {
    score,
    shared: hubs.length,
    get party() {
      return ctx.loaders.entity(party);
    },
    get other() {
      return ctx.loaders.entity(other);
    },
    get hubs() {
      return ctx.loaders.entitiesOf(hubs);
    },
  };
}

@Resolver()
export class AnalyticsQueries {
  @Query(() => [PartyScore], {
    description: "The most central parties of the party graph, as of `asOf` (default today), in a sector if given.",
  })
  async centrality(
    @Arg("measure", () => CentralityMeasure, { defaultValue: CentralityMeasure.PAGERANK }) measure: CentralityMeasure,
    @Arg("sector", () => ID, { nullable: true }) sector: string | undefined,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: ApiContext,
  ) {
    checkArgument("first", first);
    const pg = await partyGraph(ctx, sector, asOf);
    const scores = await ctx.partyGraphs.scores(ctx.gateway, pg, MEASURES[measure]);
    return rankScores(scores)
      .slice(0, first)
      .map(({ id, score, rank }) => ({
        score,
        rank,
        get party() {
          return ctx.loaders.entity(id);
        },
      }));
  }

  @Query(() => BlocPartition, { description: "The party graph's blocs (Louvain), as of `asOf`, in a sector if given." })
  async blocs(
    @Arg("sector", () => ID, { nullable: true }) sector: string | undefined,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ) {
    const pg = await partyGraph(ctx, sector, asOf);
    const { modularity, communities } = await ctx.partyGraphs.partition(ctx.gateway, pg);
    const groups = new Map<number, string[]>();
    for (const [party, community] of communities) groups.set(community, [...(groups.get(community) ?? []), party]);
    const blocs = [...groups.values()]
      .map((members) => members.sort())
      .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
    return {
      modularity,
      blocs: blocs.map((members, i) => ({
        id: `bloc-${i + 1}`,
        size: members.length,
        get members() {
          return ctx.loaders.entitiesOf(members);
        },
        get hubs() {
          return ctx.loaders.entitiesOf(blocHubs(pg, members));
        },
      })),
    };
  }

  @Query(() => [Alignment], {
    // Each pair is one Alignment: the cost counts them, as a page's counts its items.
    complexity: ({ args, childComplexity }) => {
      const n = Math.min((args.parties as unknown[] | undefined)?.length ?? 0, MAX_ALIGNMENT_PARTIES);
      return 1 + childComplexity * Math.max(1, (n * (n - 1)) / 2);
    },
    description: `Alignment of every pair of these parties (each pair once, in the order given; at most ${MAX_ALIGNMENT_PARTIES} parties).`,
  })
  async alignmentMatrix(
    @Arg("parties", () => [ID]) parties: string[],
    @Arg("sector", () => ID, { nullable: true }) sector: string | undefined,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ) {
    if (parties.length > MAX_ALIGNMENT_PARTIES) {
      throw badInput(
        `"parties" takes at most ${MAX_ALIGNMENT_PARTIES} parties; got ${parties.length}. Split the list into several requests.`,
        { argument: "parties", limit: MAX_ALIGNMENT_PARTIES, received: parties.length, http: { status: 400 } },
      );
    }
    const resolved = await Promise.all(parties.map((id) => requireParty(ctx.gateway, id, "parties")));
    const ids = [...new Set(resolved.map((p) => p.id))];
    const pg = await partyGraph(ctx, sector, asOf);
    return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => alignmentOf(ctx, pg, a, b)));
  }
}

@Resolver(() => Party)
export class PartyAnalyticsResolver {
  @FieldResolver(() => [Alignment], {
    description:
      "The parties most aligned with this one (Jaccard over shared agreements and initiatives), highest first.",
  })
  async mostAligned(
    @Root() party: GraphNode,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
    @Arg("sector", () => ID, { nullable: true }) sector: string | undefined,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ) {
    checkArgument("first", first);
    const pg = await partyGraph(ctx, sector, asOf);
    if (!pg.graph.hasNode(party.id)) return [];
    return pg.graph
      .neighbors(party.id)
      .map((other) => ({ other, ...alignment(pg, party.id, other) }))
      .sort((a, b) => b.score - a.score || b.hubs.length - a.hubs.length || a.other.localeCompare(b.other))
      .slice(0, first)
      .map(({ other }) => alignmentOf(ctx, pg, party.id, other));
  }
}
