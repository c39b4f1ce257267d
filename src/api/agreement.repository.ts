import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import type { PageRequest } from "./connection";
import { rowToNode, type GraphNode } from "./entity";

/** The agreement list statement and the shape of its rows. */

export interface AgreementPageFilters {
  parties: string[] | null;
  signatory: string | null;
  sector: string | null;
  kind: string | null;
  initiative: string | null;
  signedFrom: string | null;
  signedTo: string | null;
  words: string[] | null;
  order: string;
}

export async function agreementsPage(
  gateway: Gateway,
  filters: AgreementPageFilters,
  page: PageRequest,
): Promise<{ items: GraphNode[]; total: number }> {
  const [row] = await gateway.read("read/agreements-page", {
    ...filters,
    skip: int(page.skip),
    limit: int(page.limit),
  });
  return { items: (row.page as Array<{ labels: string[]; props: object }>).map(rowToNode), total: row.total as number };
}
