import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { propertiesAt, selectsAny } from "./compile/prefetch";
import { firstDayOf, lastDayOf } from "../records/partial-date";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import { entityTypeOf } from "./enums";
import { checkArgument } from "./limits";
import { optionalEntity, requireEntity, requireParty } from "./party-ids";
import { DateScalar } from "./scalars";
import * as traversals from "./traversal.repository";
import { asOfParams, type NetworkDetails, type NetworkNodeRow } from "./traversal.repository";
import { AlliancePath, CommonGround, Network, TimelineEvent } from "./traversal.type";

export interface NetworkArgs {
  center: string;
  depth: number;
  asOf?: string;
  sectors?: string[];
}

export interface NetworkEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string | null;
  /** The relationship's properties (dates, precision, sources) when asked for: the exports keep them. */
  props: Record<string, unknown>;
}

/**
 * The alliance network around an entity, as `network` answers it, in one statement; the network
 * exports serve the same subgraph. Depth counts party-to-party steps and is checked here.
 */
export async function networkAround(
  ctx: ApiContext,
  { center, depth, asOf, sectors }: NetworkArgs,
  details: NetworkDetails,
): Promise<{ nodes: Array<ReturnType<typeof describe>>; edges: NetworkEdgeRow[] }> {
  const { gateway, today } = ctx;
  checkArgument("depth", depth);
  await requireSectors(ctx, sectors);
  const found = await traversals.network(gateway, {
    center,
    depth,
    sectors: sectors ?? null,
    ...details,
    ...asOfParams(asOf, today),
  });
  // No centre: requireParty says so with close ids as suggestions.
  if (!found) return requireParty(gateway, center, "center").then(() => ({ nodes: [], edges: [] }));
  const edges = new Map<string, NetworkEdgeRow>();
  // Each step's links in order: an edge once, as first found (the statement lists each node once).
  for (const step of found.steps) {
    for (const link of step) {
      const id = `${link.source}-${link.type}-${link.key ?? ""}-${link.target}`;
      edges.set(id, {
        id,
        source: link.source,
        target: link.target,
        type: link.type,
        label: link.label,
        props: link.props,
      });
    }
  }
  return { nodes: [found.center, ...found.nodes].map(describe), edges: [...edges.values()] };
}

/** Every sector of a `sectors` argument must exist: an unknown one is NOT_FOUND, never an empty answer. */
const requireSectors = (ctx: ApiContext, sectors: string[] | undefined) =>
  Promise.all((sectors ?? []).map((id) => requireEntity(ctx, "sectors", id, ["Sector"])));

@Resolver()
export class TraversalQueries {
  @Query(() => [AlliancePath], { description: "The shortest chains of alliances between two parties." })
  async shortestPaths(
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxHops", () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Arg("sectors", () => [ID], { nullable: true }) sectors: string[] | undefined,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { gateway, today } = ctx;
    checkArgument("maxHops", maxHops);
    const { limit } = pageRequest(first, null);
    const found = await traversals.shortestPaths(
      gateway,
      { from, to, maxHops, first: limit, sectors: sectors ?? null, ...asOfParams(asOf, today) },
      propertiesAt(ctx, info, ["steps"], ["from", "to", "via"]),
    );
    // Errors only on the error path: the same NOT_FOUND, with close ids, as every other argument.
    if (!found.from) await requireParty(gateway, from, "from");
    if (!found.to) await requireParty(gateway, to, "to");
    await requireSectors(ctx, found.unknownSectors);
    if (found.from === found.to) return [{ length: 0, steps: [] }];
    return found.paths.map((steps) => ({ length: steps.length, steps }));
  }

  @Query(() => Network, { description: "The alliance network around any entity: depth counts party-to-party steps." })
  async network(
    @Arg("center", () => ID) center: string,
    @Arg("depth", () => Int, { defaultValue: 1 }) depth: number,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Arg("sectors", () => [ID], { nullable: true }) sectors: string[] | undefined,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Kinds, names and labels only when the selection reads them: a layout asks for ids alone.
    return networkAround(
      ctx,
      { center, depth, asOf, sectors },
      {
        nodeDetails: selectsAny(ctx, info, ["nodes"], ["type", "label"]),
        linkLabels: selectsAny(ctx, info, ["edges"], ["label"]),
        linkProperties: false,
      },
    );
  }

  @Query(() => CommonGround, { description: "The agreements, initiatives and sectors two parties share." })
  async commonGround(
    @Arg("a", () => ID) a: string,
    @Arg("b", () => ID) b: string,
    @Ctx() { gateway, loaders }: ApiContext,
  ) {
    const [pa, pb] = await Promise.all([requireParty(gateway, a, "a"), requireParty(gateway, b, "b")]);
    const shared = await traversals.commonGround(gateway, pa.id, pb.id);
    const [agreements, initiatives, sectors] = await Promise.all(
      [shared.agreements, shared.initiatives, shared.sectors].map((ids) => loaders.entitiesOf(ids)),
    );
    return { agreements, initiatives, sectors };
  }

  @Query(() => [TimelineEvent], {
    description: "Dated events, oldest first: acts on agreements, memberships beginning, launches.",
  })
  async timeline(
    @Arg("party", () => ID, { nullable: true }) party: string | undefined,
    @Arg("initiative", () => ID, { nullable: true }) initiative: string | undefined,
    @Arg("sector", () => ID, { nullable: true }) sector: string | undefined,
    @Arg("from", () => DateScalar, { nullable: true }) from: string | undefined,
    @Arg("to", () => DateScalar, { nullable: true }) to: string | undefined,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: ApiContext,
  ) {
    const { gateway, loaders } = ctx;
    const { limit } = pageRequest(first, null);
    const partyId = party ? (await requireParty(gateway, party)).id : null;
    const [initiativeId, sectorId] = await Promise.all([
      optionalEntity(ctx, "initiative", initiative, ["Initiative"]),
      optionalEntity(ctx, "sector", sector, ["Sector"]),
    ]);
    const rows = await traversals.timeline(gateway, {
      party: partyId,
      initiative: initiativeId,
      sector: sectorId,
      from: firstDayOf(from) ?? null,
      to: lastDayOf(to) ?? null,
      first: limit,
    });
    return rows.map((row) => ({
      date: row.date,
      precision: row.precision,
      kind: row.kind,
      label: row.label,
      sources: row.sources,
      // Getters: linked entities are fetched only when the query selects them.
      get agreement() {
        return row.agreement ? loaders.entity(row.agreement) : null;
      },
      get initiative() {
        return row.initiative ? loaders.entity(row.initiative) : null;
      },
      get parties() {
        return loaders.entitiesOf(row.parties);
      },
    }));
  }
}

/** A network node as NetworkNode answers it (its type is unknown only when not asked for). */
function describe(node: NetworkNodeRow) {
  return { id: node.id, type: node.kind === null ? null : entityTypeOf(node.kind), label: node.name ?? node.id };
}
