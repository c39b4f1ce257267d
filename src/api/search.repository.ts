import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import { rowToNode, type GraphNode } from "./entity";

/** The full-text search statement and the shape of its rows. */

export interface SearchRow {
  entity: GraphNode;
  rank: number;
}

/** The queries come from toLuceneQuery (folded letters and digits only); read/search says how it ranks. */
export async function searchEntities(
  gateway: Gateway,
  args: {
    keyQuery: string;
    wordQuery: string | null;
    exact: string;
    words: string[];
    labels: string[] | null;
    candidates: number;
    first: number;
  },
): Promise<SearchRow[]> {
  const rows = await gateway.readJson("read/search", {
    ...args,
    candidates: int(args.candidates),
    first: int(args.first),
  });
  return rows.map((row) => ({ entity: rowToNode(row), rank: row.rank as number }));
}
