import type { Gateway } from "../db/Gateway";
import { foldName } from "../records/search-keys";
import { notFound } from "../shared/errors";
import type { ApiContext } from "./context";
import type { EntityKind, GraphNode } from "./entity";
import { findParty, suggestIds } from "./party.repository";

export { findParty };

/** Up to three ids near one that matched nothing, from the full-text index (fuzzy on each word). */
async function closeIds(gateway: Gateway, id: string, kinds: readonly EntityKind[] | null): Promise<string[]> {
  const words = foldName(id)
    .split(" ")
    .filter((w) => w.length > 1);
  if (words.length === 0) return [];
  const query = words.map((w) => (w.length >= 4 ? `${w}~` : `${w}*`)).join(" OR ");
  return suggestIds(gateway, query, kinds);
}

/** NOT_FOUND naming the argument, what came and up to three close ids, instead of a silent empty answer. */
async function unknownId(
  gateway: Gateway,
  argument: string,
  id: string,
  what: string,
  kinds: readonly EntityKind[] | null,
) {
  const suggestions = await closeIds(gateway, id, kinds);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "";
  return notFound(
    what,
    id,
    { argument, received: id, suggestions },
    `"${argument}": no ${what} has the id "${id}".${hint}`,
  );
}

/** A party for a traversal or filter: an unknown one is a NOT_FOUND error naming the argument. */
export async function requireParty(gateway: Gateway, id: string, argument = "party"): Promise<GraphNode> {
  const party = await findParty(gateway, id);
  if (!party)
    throw await unknownId(gateway, argument, id, "party (country code or organization id)", [
      "Country",
      "Organization",
    ]);
  return party;
}

/** An entity of one of `kinds` given as an argument (a sector, a signatory, an initiative...). */
export async function requireEntity(
  ctx: ApiContext,
  argument: string,
  id: string,
  kinds: readonly EntityKind[],
): Promise<GraphNode> {
  const node = await ctx.loaders.entity(id);
  if (node && (kinds as readonly string[]).includes(node.__kind)) return node;
  throw await unknownId(ctx.gateway, argument, id, kinds.map((k) => k.toLowerCase()).join(" or "), kinds);
}

/** The same for an optional argument: its id once checked, or null when absent. */
export async function optionalEntity(
  ctx: ApiContext,
  argument: string,
  id: string | null | undefined,
  kinds: readonly EntityKind[],
) {
  return id ? (await requireEntity(ctx, argument, id, kinds)).id : null;
}

/** Words of user text, folded like the stored names, for CONTAINS filters. */
export { foldName } from "../records/search-keys";

/** Folded words of user text for CONTAINS filters; null when there are none. */
export function words(text: string | undefined | null): string[] | null {
  const list = text
    ? foldName(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
    : [];
  return list.length > 0 ? list : null;
}
