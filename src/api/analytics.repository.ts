import type { Gateway } from "../db/Gateway";

/**
 * The party-graph statements (cypher/read/party-hubs, cypher/analytics/) and the shapes of their
 * rows. The link rules, `asOf` and `sector` are the statements'; see read/party-hubs.cypher.
 */

export interface PartyGraphParams {
  sector: string | null;
  asOf: string;
  /** Undated acts and memberships count only when asOf is today or later. */
  undated: boolean;
}

/** Each party with the hubs (agreements, initiatives) it holds under the link rules. */
export async function partyHubs(
  gateway: Gateway,
  params: PartyGraphParams,
): Promise<Array<{ id: string; hubs: string[] }>> {
  const rows = await gateway.read("read/party-hubs", { ...params });
  return rows.map((row) => ({ id: row.id as string, hubs: row.hubs as string[] }));
}

/** Whether the server answers `gds.version()`: false on a Neo4j without Graph Data Science. */
export async function gdsVersion(gateway: Gateway): Promise<string | null> {
  try {
    const [row] = await gateway.read("analytics/gds-version");
    return (row?.version as string) ?? null;
  } catch {
    return null;
  }
}

/** Projects these links (one per pair of parties) into GDS's catalog under the name `graph`. */
export async function projectPartyGraph(
  gateway: Gateway,
  graph: string,
  links: Array<{ source: string; target: string; shared: number }>,
): Promise<{ nodes: number; relationships: number }> {
  const [row] = await gateway.read("analytics/project", { graph, links });
  return { nodes: row.nodes as number, relationships: row.relationships as number };
}

export async function dropPartyGraph(gateway: Gateway, graph: string): Promise<void> {
  await gateway.read("analytics/drop", { graph });
}

export type GdsMeasure = "pagerank" | "betweenness" | "degree";

/** One score per projected party. */
export async function gdsScores(gateway: Gateway, graph: string, measure: GdsMeasure): Promise<Map<string, number>> {
  const rows = await gateway.read(`analytics/${measure}`, { graph });
  return new Map(rows.map((row) => [row.id as string, row.score as number]));
}

/** Louvain's partition of the projected parties, and its modularity. */
export async function gdsLouvain(
  gateway: Gateway,
  graph: string,
): Promise<{ modularity: number; communities: Map<string, number> }> {
  const rows = await gateway.read("analytics/louvain", { graph });
  return {
    modularity: (rows[0]?.modularity as number) ?? 0,
    communities: new Map(rows.map((row) => [row.id as string, row.communityId as number])),
  };
}
