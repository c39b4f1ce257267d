/**
 * The network as analysts read it: parties linked to parties, the agreements and initiatives
 * they share folded into the links. A link's weight is how many hubs the two parties share,
 * and it keeps their names for the tooltip.
 *
 * Big treaties join almost everyone to everyone, so each party keeps only its strongest links
 * (LINKS_PER_PARTY, ties broken by name) plus any link to the centre: the backbone stays readable
 * and nothing that links the parties to the centre is lost.
 */
import type { Network, NetworkEdge, NetworkNode } from "./api";

export const PARTY_TYPES = new Set(["COUNTRY", "ORGANIZATION"]);
const HUB_TYPES = new Set(["AGREEMENT", "INITIATIVE"]);
/** Acts and memberships that make no partnership (as the API's partners say). */
const NOT_TAKING_PART = new Set(["attended", "declined"]);
export const LINKS_PER_PARTY = 6;

export interface PartyLink {
  id: string;
  source: string;
  target: string;
  /** Hubs shared by both parties. */
  weight: number;
  hubs: string[];
}

export interface PartyNetwork {
  nodes: NetworkNode[];
  /** The network's own edges that stay (those of the centre hub, and of people, sectors, places). */
  edges: NetworkEdge[];
  links: PartyLink[];
  /** Every party pair that shares a hub, before the backbone was kept. */
  pairs: Set<string>;
}

/** Whether folding hubs means anything around this centre (a party or a hub). */
export function foldable(network: Network, centerId: string): boolean {
  const center = network.nodes.find((n) => n.id === centerId);
  return center != null && (PARTY_TYPES.has(center.type) || HUB_TYPES.has(center.type));
}

export function partyNetwork(network: Network, centerId: string): PartyNetwork {
  const byId = new Map(network.nodes.map((n) => [n.id, n] as const));
  const folded = (id: string) => id !== centerId && HUB_TYPES.has(byId.get(id)?.type ?? "");
  const partiesOf = new Map<string, Set<string>>();
  for (const e of network.edges) {
    if (NOT_TAKING_PART.has(e.label ?? "")) continue;
    for (const [hub, party] of [
      [e.target, e.source],
      [e.source, e.target],
    ]) {
      if (folded(hub) && PARTY_TYPES.has(byId.get(party)?.type ?? "")) {
        (partiesOf.get(hub) ?? partiesOf.set(hub, new Set()).get(hub)!).add(party);
      }
    }
  }
  const pairs = new Map<string, PartyLink>();
  for (const [hub, parties] of partiesOf) {
    const list = [...parties].sort();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const id = `${list[i]}~${list[j]}`;
        const link = pairs.get(id) ?? { id, source: list[i], target: list[j], weight: 0, hubs: [] };
        link.weight += 1;
        link.hubs.push(byId.get(hub)?.label ?? hub);
        pairs.set(id, link);
      }
  }
  const kept = new Set<string>();
  const perParty = new Map<string, PartyLink[]>();
  for (const link of pairs.values()) {
    if (link.source === centerId || link.target === centerId) kept.add(link.id);
    for (const end of [link.source, link.target]) (perParty.get(end) ?? perParty.set(end, []).get(end)!).push(link);
  }
  for (const links of perParty.values()) {
    links.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
    links.slice(0, LINKS_PER_PARTY).forEach((l) => kept.add(l.id));
  }
  const nodes = network.nodes.filter((n) => !folded(n.id));
  const edges = network.edges.filter((e) => !folded(e.source) && !folded(e.target));
  return { nodes, edges, links: [...pairs.values()].filter((l) => kept.has(l.id)), pairs: new Set(pairs.keys()) };
}
