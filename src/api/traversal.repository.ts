import type { Gateway } from "../db/Gateway";
import { lastDayOf } from "../records/partial-date";
import { int } from "../db/to-plain";
import type { Fetch } from "./compile/compile-selection";
import { fillFragment, kindOf, projection, type FragmentText } from "./compile/fetch-cypher";
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
export const asOfParams = (asOf: string | undefined, today: string): AsOf => {
  const day = lastDayOf(asOf);
  return { asOf: day ?? today, undated: !day || day >= today };
};

export interface PathStep {
  from: GraphNode;
  via: GraphNode;
  to: GraphNode;
}

export interface Paths {
  /** The parties $from and $to resolved to (null when one names no party). */
  from: string | null;
  to: string | null;
  unknownSectors: string[];
  paths: PathStep[][];
}

/** The shortestPaths statement: both ends resolved (ids or codes), then the search. */
export const shortestPathsCypher = (fragment: FragmentText, nodeProps: Fetch["props"]) =>
  [
    fillFragment(fragment, "resolve-party", { param: "from", var: "a" }),
    fillFragment(fragment, "resolve-party", { param: "to", var: "b" }),
    fillFragment(fragment, "shortest-paths", { props: projection("n", nodeProps).props }),
  ].join("\n");

/**
 * Shortest chains party -> hub -> party ... in one statement: both parties resolved by
 * fragments/resolve-party (ids or codes), the sectors checked, then the search.
 */
export async function shortestPaths(
  gateway: Gateway,
  args: { from: string; to: string; maxHops: number; first: number; sectors: string[] | null } & AsOf,
  nodeProps: Fetch["props"] = "all",
): Promise<Paths> {
  const text = shortestPathsCypher((name) => gateway.fragment(name), nodeProps);
  const [row] = await gateway.readComposedJson("compiled/shortestPaths", text, {
    ...args,
    maxLength: int(args.maxHops * 2),
    first: int(args.first),
  });
  const paths = (row.paths as Array<Array<{ labels: string[]; props: object }>>).map((raw) => {
    const nodes = raw.map((n) => toNode(n.labels, n.props));
    const steps: PathStep[] = [];
    for (let i = 0; i + 2 < nodes.length; i += 2) steps.push({ from: nodes[i], via: nodes[i + 1], to: nodes[i + 2] });
    return steps;
  });
  return {
    from: (row.from as string | null) ?? null,
    to: (row.to as string | null) ?? null,
    unknownSectors: row.unknownSectors as string[],
    paths,
  };
}

/** One relationship of the network. */
export interface NetworkLink {
  source: string;
  target: string;
  type: string;
  key: string | null;
  /** The act or membership kind, when asked for (`linkLabels`). */
  label: string | null;
  /** The relationship's properties (dates, precision, sources), when asked for (exports). */
  props: Record<string, unknown>;
}

/** One node of the network: its kind and name only when asked for (`nodeDetails`). */
export interface NetworkNodeRow {
  id: string;
  kind: string | null;
  name: string | null;
}

/** What a network's lists carry beyond ids, keys and types: each is a statement parameter. */
export interface NetworkDetails {
  nodeDetails: boolean;
  linkLabels: boolean;
  linkProperties: boolean;
}

/**
 * A link as fragments/network-step lists it: [source, target, type, key], then its label with
 * `linkLabels`, then its properties with `linkProperties`.
 */
type LinkRow = [string, string, string, string | null, ...unknown[]];

const toNetworkLink = (row: LinkRow, { linkLabels, linkProperties }: NetworkDetails): NetworkLink => {
  const [source, target, type, key, ...rest] = row;
  return {
    source,
    target,
    type,
    key: key ?? null,
    label: linkLabels ? ((rest.shift() as string | null) ?? null) : null,
    props: linkProperties ? (rest.shift() as Record<string, unknown>) : {},
  };
};

/** The most steps a network takes: depth 3, two relationships a step. */
const MAX_STEPS = 6;

/**
 * The network statement: the centre, then every step its depth may take, each guarded by the hops,
 * with the hubs' sector test (fragments/network-hub-in-sectors) only when `sectors` is given.
 */
export const networkCypher = (fragment: FragmentText, { bySectors }: { bySectors: boolean }) => {
  const hubInSectors = bySectors ? fillFragment(fragment, "network-hub-in-sectors", {}) : "";
  return [
    fillFragment(fragment, "network-start", { ringNodeKind: kindOf(fragment, "y") }),
    ...Array.from({ length: MAX_STEPS }, (_, i) =>
      fillFragment(fragment, "network-step", { i: String(i + 1), hubInSectors, nodeKind: kindOf(fragment, "n") }),
    ),
    fillFragment(fragment, "network-end", { centerKind: kindOf(fragment, "c") }),
  ].join("\n");
};

/**
 * The network around an entity in one statement: its centre, and the links found at each step
 * (the first ring of a person or sector, then hub and party steps), composed from
 * fragments/network-start, network-step (once per possible step) and network-end.
 * Null when no entity has the id.
 */
export async function network(
  gateway: Gateway,
  args: { center: string; depth: number; sectors: string[] | null } & NetworkDetails & AsOf,
): Promise<{ center: NetworkNodeRow; nodes: NetworkNodeRow[]; steps: NetworkLink[][] } | null> {
  const text = networkCypher((name) => gateway.fragment(name), { bySectors: args.sectors !== null });
  const [row] = await gateway.readComposedJson("compiled/network", text, { ...args, depth: int(args.depth) });
  if (!row) return null;
  return {
    center: { id: row.id as string, kind: row.kind as string, name: (row.name as string | null) ?? null },
    nodes: (row.nodes as Array<[string, string?, (string | null)?]>).map(([id, kind, name]) => ({
      id,
      kind: kind ?? null,
      name: name ?? null,
    })),
    steps: (row.steps as LinkRow[][]).map((step) => step.map((link) => toNetworkLink(link, args))),
  };
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
