import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import type { GraphNode } from "./entity";
import { entityTypeOf } from "./enums";
import { checkArgument } from "./limits";
import { optionalEntity, requireEntity, requireParty } from "./party-ids";
import { DateScalar } from "./scalars";
import * as traversals from "./traversal.repository";
import { asOfParams, type NetworkLink } from "./traversal.repository";
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
  props: Record<string, unknown>;
}

/**
 * The alliance network around an entity, as `network` answers it; the network exports
 * (src/export/) serve the same subgraph. Depth counts party-to-party steps and is checked here.
 */
export async function networkAround(
  ctx: ApiContext,
  { center, depth, asOf, sectors }: NetworkArgs,
): Promise<{ nodes: Array<ReturnType<typeof describe>>; edges: NetworkEdgeRow[] }> {
  const { gateway, loaders, today } = ctx;
  checkArgument("depth", depth);
  await requireSectors(ctx, sectors);
  const start = (await loaders.entity(center)) ?? (await requireParty(gateway, center, "center"));
  const nodes = new Map([[start.id, start]]);
  const edges = new Map<string, NetworkEdgeRow>();
  /** Adds the links' nodes and edges; returns the ids of nodes seen for the first time. */
  const add = (links: NetworkLink[]) => {
    const found: string[] = [];
    for (const link of links) {
      const id = `${link.source}-${link.type}-${link.key ?? ""}-${link.target}`;
      edges.set(id, {
        id,
        source: link.source,
        target: link.target,
        type: link.type,
        label: link.label,
        props: link.props,
      });
      if (!nodes.has(link.node.id)) {
        nodes.set(link.node.id, link.node);
        found.push(link.node.id);
      }
    }
    return found;
  };
  const step = (frontier: string[]) =>
    traversals.networkStep(gateway, frontier, asOfParams(asOf, today), sectors ?? null);
  // A party-to-party step is two relationships (party, hub, party); a hub is already half-way.
  let frontier = [start.id];
  let hops = depth * 2;
  if (!PARTY_KINDS.has(start.__kind)) {
    hops -= 1;
    if (!HUB_KINDS.has(start.__kind)) {
      // A person, sector, place or source: its own links first, then the alliance network of its hubs.
      frontier = add(await traversals.networkNeighbours(gateway, start.id)).filter((id) =>
        HUB_KINDS.has(nodes.get(id)!.__kind),
      );
    }
  }
  for (; hops > 0 && frontier.length > 0; hops--) frontier = add(await step(frontier));
  return { nodes: [...nodes.values()].map(describe), edges: [...edges.values()] };
}

/** Every sector of a `sectors` argument must exist: an unknown one is NOT_FOUND, never an empty answer. */
const requireSectors = (ctx: ApiContext, sectors: string[] | undefined) =>
  Promise.all((sectors ?? []).map((id) => requireEntity(ctx, "sectors", id, ["Sector"])));

const HUB_KINDS = new Set(["Agreement", "Initiative"]);
const PARTY_KINDS = new Set(["Country", "Organization"]);

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
  ) {
    const { gateway, today } = ctx;
    checkArgument("maxHops", maxHops);
    const { limit } = pageRequest(first, null);
    const [a, b] = await Promise.all([requireParty(gateway, from, "from"), requireParty(gateway, to, "to")]);
    await requireSectors(ctx, sectors);
    if (a.id === b.id) return [{ length: 0, steps: [] }];
    const paths = await traversals.shortestPaths(gateway, {
      from: a.id,
      to: b.id,
      maxHops,
      first: limit,
      sectors: sectors ?? null,
      ...asOfParams(asOf, today),
    });
    return paths.map((steps) => ({ length: steps.length, steps }));
  }

  @Query(() => Network, { description: "The alliance network around any entity: depth counts party-to-party steps." })
  async network(
    @Arg("center", () => ID) center: string,
    @Arg("depth", () => Int, { defaultValue: 1 }) depth: number,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Arg("sectors", () => [ID], { nullable: true }) sectors: string[] | undefined,
    @Ctx() ctx: ApiContext,
  ) {
    return networkAround(ctx, { center, depth, asOf, sectors });
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
      from: from ?? null,
      to: to ?? null,
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

function describe(node: GraphNode) {
  return { id: node.id, type: entityTypeOf(node.__kind), label: node.name ?? node.id };
}
