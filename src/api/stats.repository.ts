import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import { rowToNode, type GraphNode } from "./entity";

/** The counting statements for `stats` and `meta`, and the shapes of their rows. */

export async function entityCounts(gateway: Gateway) {
  const [counts] = await gateway.read("read/stats-counts");
  return counts as Record<
    "countries" | "organizations" | "people" | "agreements" | "initiatives" | "sectors" | "sources",
    number
  >;
}

export async function agreementsBySector(gateway: Gateway): Promise<Array<{ sector: GraphNode; count: number }>> {
  return (await gateway.read("read/stats-agreements-by-sector")).map((row) => ({
    sector: rowToNode(row),
    count: row.count as number,
  }));
}

export async function agreementsByYear(gateway: Gateway): Promise<Array<{ year: number; count: number }>> {
  return (await gateway.read("read/stats-agreements-by-year")).map((row) => ({
    year: row.year as number,
    count: row.count as number,
  }));
}

export async function mostConnected(
  gateway: Gateway,
  first: number,
): Promise<Array<{ party: GraphNode; degree: number }>> {
  const rows = await gateway.read("read/most-connected", { first: int(first) });
  return rows.map((row) => ({ party: rowToNode(row), degree: row.degree as number }));
}

/** The dataset loaded last: its checksum and when. */
export async function loadedDataset(gateway: Gateway): Promise<{ checksum: string; loadedAt: string }> {
  const [row] = await gateway.read("seed/read-meta");
  return { checksum: (row?.checksum as string) ?? "none", loadedAt: (row?.loadedAt as string) ?? "never" };
}

/** The data revision (`Meta.revision`): 0 before the first write. */
export async function dataRevision(gateway: Gateway): Promise<number> {
  const [row] = await gateway.read("read/revision");
  return row.revision as number;
}

export async function datasetCounts(gateway: Gateway) {
  const [counts] = await gateway.read("read/meta-counts");
  return counts as Record<
    "agreements" | "initiatives" | "acts" | "memberships" | "datedActsAndMemberships" | "sources" | "people",
    number
  >;
}
