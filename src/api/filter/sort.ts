import { Field, InputType, registerEnumType } from "type-graphql";
import { badInput } from "../../shared/errors";
import { fillFragment, type FragmentText } from "../compile/fetch-cypher";
import { FILTER_PLAN, propertyOf, REL_OBJECTS, type ScalarField } from "./plan";

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "ASC puts missing values last, DESC first; ties are broken on id.",
});

type AnyClass = new () => object;

/** Instants (firstSeen, updatedAt) filter but do not sort: a keyset cursor holds days, not instants. */
const sortable = (f: ScalarField) => f.kind !== "datetime";

/** `<Type>Sort`, one per type and relationship object of the plan, made at start (type-graphql reads them before the schema is built). */
const sortInputs = new Map<string, AnyClass>(
  [
    ...Object.entries(FILTER_PLAN).map(([type, plan]) => [type, plan.scalars] as const),
    ...Object.entries(REL_OBJECTS).map(([type, object]) => [type, object.fields] as const),
  ].map(([type, scalars]) => {
    const name = `${type}Sort`;
    const Class = { [name]: class {} }[name];
    for (const [field, f] of Object.entries(scalars))
      if (sortable(f)) Field(() => SortDirection, { nullable: true })(Class.prototype, field);
    InputType(name, { description: `A sort key of ${type}: name one field per object, in order of priority.` })(Class);
    return [type, Class];
  }),
);

/** The sort input class of a type, for a resolver's `sort: [<Type>Sort!]` argument. */
export function sortInput(type: string): AnyClass {
  const input = sortInputs.get(type);
  if (!input) throw new Error(`no sort input for ${type}`);
  return input;
}

export interface SortKey {
  field: string;
  direction: SortDirection;
}

/** What each sortable field of a list reads in Cypher, and whether it holds a date. */
export type SortSubjects = Record<string, { subject: string; date: boolean }>;

/** The sort subjects of the nodes `variable` of a type of the plan: its scalar properties. */
export const nodeSubjects = (type: string, variable: string): SortSubjects =>
  Object.fromEntries(
    Object.entries(FILTER_PLAN[type].scalars)
      .filter(([, f]) => sortable(f))
      .map(([field, f]) => [field, { subject: `${variable}.${propertyOf(field, f)}`, date: f.kind === "date" }]),
  );

/**
 * The keys a sort list names, in order, with the tie-break keys (id for nodes) appended so that the
 * order is total and a cursor names one row.
 */
export function sortKeys(sort: Array<Record<string, unknown>>, tieBreak: string[] = ["id"]): SortKey[] {
  const keys: SortKey[] = [];
  sort.forEach((entry, i) => {
    const named = Object.entries(entry).filter(([, d]) => d !== undefined && d !== null);
    if (named.length !== 1)
      throw badInput(
        `"sort" takes one field per entry, such as [{ title: DESC }, { signedOn: ASC }]; entry ${i + 1} names ${named.length}.`,
        { argument: "sort" },
      );
    const [field, direction] = named[0];
    if (!keys.some((k) => k.field === field)) keys.push({ field, direction: direction as SortDirection });
  });
  for (const field of tieBreak)
    if (!keys.some((k) => k.field === field)) keys.push({ field, direction: SortDirection.ASC });
  return keys;
}

const reversed = (keys: SortKey[]) =>
  keys.map((k) => ({ ...k, direction: k.direction === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC }));

/** A cursor: the sort keys' values of one row, with the sort they belong to. Opaque to clients. */
export function encodeKeyset(keys: SortKey[], values: unknown[]): string {
  return Buffer.from(JSON.stringify({ s: signature(keys), v: values })).toString("base64url");
}

const signature = (keys: SortKey[]) => keys.map((k) => `${k.field}:${k.direction}`).join(",");

function decodeKeyset(argument: string, cursor: string, keys: SortKey[]): unknown[] {
  let decoded: { s?: unknown; v?: unknown } | undefined;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  if (!decoded || !Array.isArray(decoded.v) || decoded.v.length !== keys.length)
    throw badInput(
      `"${argument}" must be a cursor returned by this list (startCursor, endCursor or an edge's cursor); got "${cursor}".`,
      {
        argument,
      },
    );
  if (decoded.s !== signature(keys))
    throw badInput(
      `"${argument}" is a cursor of this list under another sort; ask for the first page again with this sort.`,
      {
        argument,
      },
    );
  return decoded.v;
}

export interface KeysetPage {
  /** How many rows to read: one more than asked, to tell whether more follow. */
  limit: number;
  /** The order to read in: the sort, reversed when paging backwards. */
  order: string;
  /** The key values of a row, in sort order, for its cursor. */
  keys: string;
  /** The condition that starts the page after the cursor (true without one). */
  after: string;
  params: Record<string, unknown>;
  backwards: boolean;
  asked: number;
  hasCursor: boolean;
}

export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * The Cypher parts of a keyset page over a list whose fields read `subjects`: the order, the
 * condition "after the cursor", and the row keys for the next cursors. Values stay parameters.
 */
export function keysetPage(
  subjects: SortSubjects,
  keys: SortKey[],
  args: PageArguments,
  defaultSize: number,
  fragment: FragmentText,
): KeysetPage {
  if (args.first != null && args.last != null)
    throw badInput(`Ask for "first" (with "after") or "last" (with "before"), not both.`, { argument: "last" });
  if (args.after && args.before)
    throw badInput(
      `"after" and "before" cannot be combined: page forwards with first/after or backwards with last/before.`,
      {
        argument: "before",
      },
    );
  const backwards = args.last != null || Boolean(args.before);
  const asked = (backwards ? args.last : args.first) ?? defaultSize;
  const reading = backwards ? reversed(keys) : keys;
  const cursor = backwards ? args.before : args.after;
  const fill = (name: string, values: Record<string, string>) => fillFragment(fragment, `sort/${name}`, values);
  const subject = (k: SortKey) => subjects[k.field].subject;
  const params: Record<string, unknown> = {};
  const valueOf = (k: SortKey, i: number) => {
    const name = `k${i + 1}`;
    return subjects[k.field].date ? fillFragment(fragment, "filter/date", { param: `$${name}` }) : `$${name}`;
  };

  let after = fillFragment(fragment, "filter/anything", {});
  if (cursor) {
    const argument = backwards ? "before" : "after";
    const values = decodeKeyset(argument, cursor, keys);
    // A forged cursor must not reach Cypher as a value it cannot compare (a date that is no day).
    const fits = (v: unknown, i: number) =>
      v === null ||
      (subjects[keys[i].field].date
        ? typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)
        : ["string", "number", "boolean"].includes(typeof v));
    if (!values.every(fits))
      throw badInput(`"${argument}" must be a cursor returned by this list; got "${cursor}".`, { argument });
    values.forEach((v, i) => (params[`k${i + 1}`] = v));
    const equal = (k: SortKey, i: number) =>
      values[i] === null
        ? fill("missing", { subject: subject(k) })
        : fillFragment(fragment, "filter/eq", { subject: subject(k), value: valueOf(k, i) });
    const later = (k: SortKey, i: number): string | undefined => {
      if (values[i] === null)
        return k.direction === SortDirection.ASC ? undefined : fill("present", { subject: subject(k) });
      return fill(k.direction === SortDirection.ASC ? "later-asc" : "later-desc", {
        subject: subject(k),
        value: valueOf(k, i),
      });
    };
    // Lexicographic: some key comes later while every key before it is equal.
    const branches = reading.flatMap((k, i) => {
      const own = later(k, i);
      if (!own) return [];
      return [
        reading
          .slice(0, i)
          .reduceRight((b, prior, j) => fillFragment(fragment, "filter/and", { a: equal(prior, j), b }), own),
      ];
    });
    after =
      branches.length === 0
        ? fillFragment(fragment, "filter/not", { a: fillFragment(fragment, "filter/anything", {}) })
        : branches.reduce((a, b) => fillFragment(fragment, "filter/or", { a, b }));
  }
  return {
    limit: asked + 1,
    order: reading
      .map((k) => fill(k.direction === SortDirection.ASC ? "asc" : "desc", { subject: subject(k) }))
      .join(", "),
    keys: keys.map(subject).join(", "),
    after,
    params,
    backwards,
    asked,
    hasCursor: Boolean(cursor),
  };
}

/** The connection of a keyset page: rows in the sort's order, cursors from their keys, pageInfo. */
export function keysetConnection<T>(
  page: KeysetPage,
  sortKeys: SortKey[],
  rows: Array<{ node: T; keys: unknown[] }>,
  totalCount: number | null,
) {
  const more = rows.length > page.asked;
  const shown = rows.slice(0, page.asked);
  if (page.backwards) shown.reverse();
  const edges = shown.map((row) => ({ cursor: encodeKeyset(sortKeys, row.keys), node: row.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backwards ? page.hasCursor : more,
      hasPreviousPage: page.backwards ? more : page.hasCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
