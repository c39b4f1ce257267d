import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import { emptyFetch, type Fetch } from "./compile/compile-selection";
import { fetchCypher } from "./compile/fetch-cypher";
import type { FetchedNode } from "./compile/prime-loaders";
import type { PageRequest } from "./connection";

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

/**
 * One page of agreements in one statement: the filtered, ordered list (fragments/agreements-matching)
 * and, for each agreement on the page, what `fetch` says its selection reads.
 */
export async function agreementsPage(
  gateway: Gateway,
  filters: AgreementPageFilters,
  page: PageRequest,
  fetch: Fetch = emptyFetch(),
): Promise<{ items: FetchedNode[]; total: number }> {
  const text = fetchCypher(["agreements-matching", "page-of-nodes"], fetch, (name) => gateway.fragment(name));
  const [row] = await gateway.readComposed("compiled/agreements", text, {
    ...filters,
    skip: int(page.skip),
    limit: int(page.limit),
  });
  return { items: row.items as FetchedNode[], total: row.total as number };
}
