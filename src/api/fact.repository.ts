import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import { factId, kindsToMatch, nodeFactKind, relationshipFactKind, type FactRef } from "../provenance/fact-ref";
import { badInput } from "../shared/errors";
import { checkArgument } from "./limits";
import { DEFAULT_PAGE_SIZE, type PageRequest } from "./connection";
import { rowToNode, type GraphNode } from "./entity";
import type { Change, Fact, FactWhere } from "./fact.type";
import { idsOf, instantsOf, rangeOf } from "./filters.type";

type NodeRow = { labels: string[]; props: Record<string, unknown> };

interface FactRow {
  /** The fact's place in the list's order (see read/facts), for its cursor. */
  keys: unknown[];
  labels: string[] | null;
  type: string;
  from: string;
  to: string | null;
  key: string;
  props: Record<string, unknown> & { sources: string[] };
  subject: NodeRow;
  object: NodeRow | null;
  sources: NodeRow[];
}

/** A keyset page of facts: `after`, the keys of the row a cursor names; one row more than asked is read. */
export interface FactPageRequest {
  after: unknown[] | null;
  limit: number;
}

/** `first`/`after` of a facts connection; a cursor not made by one is BAD_USER_INPUT. */
export function factPageRequest(first: number | null | undefined, after: string | null | undefined): FactPageRequest {
  checkArgument("first", first);
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!after) return { after: null, limit };
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    keys = undefined;
  }
  const valid = Array.isArray(keys) && keys.length === 6 && keys.every((k) => ["string", "number"].includes(typeof k));
  if (!valid) throw badInput(`"after" must be a cursor returned by this list; got "${after}".`, { argument: "after" });
  return { after: keys as unknown[], limit };
}

/** The connection of a facts page: edges with keyset cursors, pageInfo, the count. */
export function factConnection(
  page: FactPageRequest,
  found: { items: Array<Fact & { keys: unknown[] }>; total: number },
) {
  const shown = found.items.slice(0, page.limit);
  const edges = shown.map(({ keys, ...fact }) => ({
    cursor: Buffer.from(JSON.stringify(keys)).toString("base64url"),
    node: fact as Fact,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: found.items.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: found.total,
  };
}

/** The facts statement: a page of the facts `where` selects, with their ends and sources, and how many. */
export async function factsPage(
  gateway: Gateway,
  where: FactWhere | null | undefined,
  page: FactPageRequest,
  refs: FactRef[] | null = null,
) {
  const kinds = idsOf("where.factKind", where?.factKind as { eq?: string; in?: string[] } | undefined);
  const match = kinds ? kindsToMatch(kinds) : { labels: null, types: null };
  const [row] = await gateway.read("read/facts", {
    labels: match.labels,
    types: match.types,
    sources: idsOf("where.source.id", where?.source?.id),
    about: idsOf("where.about", where?.about),
    sourceCount: rangeOf(where?.sourceCount),
    updatedAt: instantsOf(where?.updatedAt),
    firstSeen: instantsOf(where?.firstSeen),
    refs: refs && {
      nodes: refs.flatMap((ref) => ("id" in ref ? [ref.id] : [])),
      relationships: refs.flatMap((ref) => ("id" in ref ? [] : [[ref.type, ref.from, ref.to, ref.key]])),
    },
    after: page.after,
    limit: int(page.limit + 1),
  });
  const items = (row.items as FactRow[]).map((r) => ({ ...toFact(r), keys: r.keys }));
  return { items, total: row.total as number };
}

/** The facts of these refs as they are now (absent: deleted since), by fact id; one statement. */
export async function factsByRef(gateway: Gateway, refs: readonly FactRef[]): Promise<Map<string, Fact>> {
  const { items } = await factsPage(gateway, null, { after: null, limit: refs.length }, [...refs]);
  return new Map(items.map(({ keys: _keys, ...fact }) => [fact.id, fact as Fact]));
}

/** A change as resolvers see it: the GraphQL fields, and which fact it names (null for LOADED). */
export type ChangeRow = Change & { ref: FactRef | null };

/** The change log from an instant on, oldest first. */
export async function changesPage(gateway: Gateway, since: Date, page: PageRequest) {
  const [row] = await gateway.read("read/changes", {
    since: since.toISOString(),
    skip: int(page.skip),
    limit: int(page.limit),
  });
  return { items: (row.page as Array<Record<string, any>>).map(toChange), total: row.total as number };
}

function toFact(row: FactRow): Fact {
  const subject = rowToNode(row.subject);
  const object = row.object ? rowToNode(row.object) : null;
  const isNode = row.labels !== null;
  const ref = isNode ? { id: String(row.props.id) } : { type: row.type, from: row.from, to: row.to!, key: row.key };
  const { firstSeen, updatedAt, ...stored } = row.props;
  const properties = withoutSearchKeys(stored);
  return {
    id: factId(ref),
    factKind: (isNode ? nodeFactKind(row.labels!) : relationshipFactKind(row.type))!,
    label: isNode ? nameOf(properties) : `${nameOf(subject)} ${verbOf(row.type, properties)} ${nameOf(object ?? {})}`,
    subject,
    object,
    sources: row.sources.map(rowToNode),
    sourceCount: row.props.sources.length,
    firstSeen: (firstSeen as string | undefined) ?? null,
    updatedAt: (updatedAt as string | undefined) ?? null,
    properties,
  };
}

/** A record's name for people; a claim reads as what it claims ("signedOn: 2026-01-16"). */
function nameOf(props: Record<string, unknown> | GraphNode): string {
  if (props.field != null && props.value != null) return `${props.field}: ${props.value}`;
  return String(props.name ?? props.title ?? props.text ?? props.summary ?? props.value ?? props.id ?? "?");
}

/** "signed", "member of (founding-signatory)", "covers": how a relationship reads in a label. */
function verbOf(type: string, props: Record<string, unknown>): string {
  if (typeof props.act === "string") return props.act;
  const verb = type.toLowerCase().replace(/_/g, " ");
  return typeof props.kind === "string" ? `${verb} (${props.kind})` : verb;
}

/** The folded names that search matches (records/search-keys.ts) say nothing a reader needs. */
function withoutSearchKeys<T extends Record<string, unknown>>(props: T): T {
  const { searchText: _text, exactKeys: _keys, ...rest } = props;
  return rest as T;
}

const parsed = (json: unknown) =>
  typeof json === "string" ? withoutSearchKeys(JSON.parse(json) as Record<string, unknown>) : null;

function toChange(row: Record<string, any>): ChangeRow {
  const ref: FactRef | null =
    row.factType != null
      ? { type: row.factType, from: row.factFrom, to: row.factTo, key: row.factKey }
      : row.factId != null
        ? { id: row.factId }
        : null;
  return {
    ref,
    id: row.id,
    at: row.at,
    action: row.action,
    factId: row.factId ?? null,
    factKind: row.factKind ?? null,
    before: parsed(row.before),
    after: parsed(row.after),
    editor: row.editor ?? null,
    auditId: row.audit ?? null,
    load: row.load ?? null,
    revision: row.revision ?? null,
    factCount: row.factCount ?? null,
  };
}
