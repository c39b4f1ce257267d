import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import { toNode, type GraphNode } from "./entity";

/**
 * The traversal statements and the shapes of their rows: resolvers ask for paths, network
 * steps, common ground and timelines, and never read a row themselves.
 */

/** Which day a traversal is taken on, and whether links of unknown date count (only now). */
export interface AsOf {
  asOf: string;
  undated: boolean;
}

/** A link holds on `asOf` from the party's own date on; one whose date is unknown only now. */
export const asOfParams = (asOf: string | undefined, today: string): AsOf => ({
  asOf: asOf ?? today,
  undated: !asOf || asOf >= today,
});

export interface PathStep {
  from: GraphNode;
  via: GraphNode;
  to: GraphNode;
}

/** Shortest chains party -> hub -> party ..., as steps. */
export async function shortestPaths(
  gateway: Gateway,
  args: { from: string; to: string; maxHops: number; first: number; sectors: string[] | null } & AsOf,
): Promise<PathStep[][]> {
  const rows = await gateway.read("read/shortest-paths", {
    from: args.from,
    to: args.to,
    maxLength: int(args.maxHops * 2),
    asOf: args.asOf,
    undated: args.undated,
    sectors: args.sectors,
    first: int(args.first),
  });
  return rows.map((row) => {
    const nodes = (row.nodes as Array<{ labels: string[]; props: object }>).map((n) => toNode(n.labels, n.props));
    const steps: PathStep[] = [];
    for (let i = 0; i + 2 < nodes.length; i += 2) steps.push({ from: nodes[i], via: nodes[i + 1], to: nodes[i + 2] });
    return steps;
  });
}

/** One relationship of the network with the node at its far end. */
export interface NetworkLink {
  source: string;
  target: string;
  type: string;
  key: string | null;
  label: string | null;
  /** The relationship's own properties: dates, precision, sources (the network exports carry them). */
  props: Record<string, unknown>;
  node: GraphNode;
}

const toNetworkLink = (row: Record<string, unknown>): NetworkLink => ({
  source: row.source as string,
  target: row.target as string,
  type: row.type as string,
  key: (row.key as string | null) ?? null,
  label: (row.label as string | null) ?? null,
  props: (row.props as Record<string, unknown>) ?? {},
  node: toNode(row.labels, { id: row.id, name: row.name }),
});

/** One hop out of a frontier, under the same link rules as shortest paths. */
export async function networkStep(gateway: Gateway, frontier: string[], asOf: AsOf, sectors: string[] | null) {
  const rows = await gateway.read("read/network-step", { frontier, ...asOf, sectors });
  return rows.map(toNetworkLink);
}

/** The first ring around an entity that is neither a party nor a hub. */
export async function networkNeighbours(gateway: Gateway, center: string) {
  return (await gateway.read("read/network-neighbours", { center })).map(toNetworkLink);
}

export interface SharedIds {
  agreements: string[];
  initiatives: string[];
  sectors: string[];
}

export async function commonGround(gateway: Gateway, a: string, b: string): Promise<SharedIds> {
  const [row] = await gateway.read("read/common-ground", { a, b });
  return {
    agreements: (row?.agreements as string[]) ?? [],
    initiatives: (row?.initiatives as string[]) ?? [],
    sectors: (row?.sectors as string[]) ?? [],
  };
}

export interface TimelineRow {
  date: string;
  precision: string;
  kind: string;
  label: string;
  sources: string[];
  agreement: string | null;
  initiative: string | null;
  parties: string[];
}

export async function timeline(
  gateway: Gateway,
  args: {
    party: string | null;
    initiative: string | null;
    sector: string | null;
    from: string | null;
    to: string | null;
    first: number;
  },
): Promise<TimelineRow[]> {
  const rows = await gateway.read("read/timeline", { ...args, first: int(args.first) });
  return rows.map((row) => ({
    date: row.date as string,
    precision: (row.precision as string | null) ?? "DAY",
    kind: row.kind as string,
    label: row.label as string,
    sources: row.sources as string[],
    agreement: (row.agreement as string | null) ?? null,
    initiative: (row.initiative as string | null) ?? null,
    parties: row.parties as string[],
  }));
}
