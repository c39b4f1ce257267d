import type { Gateway } from "../db/Gateway";
import { notFound } from "../shared/errors";
import { rowToNode, type GraphNode } from "./entity";

/** A party by organization id, alpha-2 or alpha-3 code (any case); null when none has it. */
export async function findParty(gateway: Gateway, id: string): Promise<GraphNode | null> {
  const [row] = await gateway.read("read/resolve-party", { id });
  return row ? rowToNode(row) : null;
}

/** The same, for traversals: an unknown party is a NOT_FOUND error that names the id. */
export async function requireParty(gateway: Gateway, id: string): Promise<GraphNode> {
  const party = await findParty(gateway, id);
  if (!party) throw notFound("party (country code or organization id)", id);
  return party;
}

/** Words of user text, folded like the stored names, for CONTAINS filters. */
export { foldName } from "../records/search-keys";
