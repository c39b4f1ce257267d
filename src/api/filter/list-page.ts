import { Kind, type GraphQLResolveInfo } from "graphql";
import { int } from "../../db/to-plain";
import { compileConnection, primedNodes } from "../compile/prefetch";
import { fetchCypher, fillFragment, type FragmentText } from "../compile/fetch-cypher";
import type { Fetch } from "../compile/compile-selection";
import type { FetchedNode } from "../compile/prime-loaders";
import { DEFAULT_PAGE_SIZE } from "../connection";
import type { ApiContext } from "../context";
import { checkArgument } from "../limits";
import { compileWhere, type WhereInput } from "./compile-where";
import { FILTER_PLAN } from "./plan";
import { keysetConnection, keysetPage, nodeSubjects, sortKeys, type PageArguments } from "./sort";

/**
 * The `filter:` arguments of a list (null: not given), each named as its fragment of
 * cypher/fragments/list-filter/ and its parameter.
 */
export interface ListMatching {
  params: Record<string, unknown>;
}

/** fragments/list-matching: the list's label, with a WHERE of only the conditions given. */
function matchingText(fragment: FragmentText, request: ListRequest, variable: string, where: string) {
  const given = Object.entries(request.matching.params)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name]) => fillFragment(fragment, `list-filter/${name}`, { var: variable }));
  const conditions = where === fillFragment(fragment, "filter/anything", {}) ? given : [...given, where];
  return fillFragment(fragment, "list-matching", {
    var: variable,
    label: FILTER_PLAN[request.type].label,
    conditions: conditions.length > 0 ? `WHERE ${conditions.join("\n  AND ")}` : "",
  });
}

export interface ListRequest extends PageArguments {
  /** The GraphQL type of the list's nodes (a key of the filter plan). */
  type: string;
  matching: ListMatching;
  where?: WhereInput | null;
  sort?: Array<Record<string, unknown>> | null;
  /** The order when the request names none. */
  defaultSort: Array<Record<string, string>>;
}

/** Whether the connection's own selection asks for totalCount (the only reason to count). */
export function asksTotal(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === "totalCount"
        : s.kind === Kind.INLINE_FRAGMENT
          ? s.selectionSet.selections.some((f) => f.kind === Kind.FIELD && f.name.value === "totalCount")
          : s.kind === Kind.FRAGMENT_SPREAD &&
            info.fragments[s.name.value]?.selectionSet.selections.some(
              (f) => f.kind === Kind.FIELD && f.name.value === "totalCount",
            ),
    ),
  );
}

/**
 * The statement of one page of a top-level list: the list's filters and compiled `where`, read in
 * the sort's order from a keyset cursor, each node with what `fetch` says its selection needs,
 * and the total only when `withTotal`. Pure, so that its text can be pinned in tests.
 */
export function listStatement(fragment: FragmentText, request: ListRequest, fetch: Fetch, withTotal: boolean) {
  checkArgument("first", request.first);
  checkArgument("last", request.last);
  const variable = "n0";
  const keys = sortKeys(request.sort?.length ? request.sort : request.defaultSort);
  const where = compileWhere(request.type, variable, request.where, fragment);
  const page = keysetPage(nodeSubjects(request.type, variable), keys, request, DEFAULT_PAGE_SIZE, fragment);
  const matching = matchingText(fragment, request, variable, where.condition);
  const total = withTotal
    ? fillFragment(fragment, "count-matching", { var: variable, matching })
    : fillFragment(fragment, "no-count", {});
  // A first sort key held by an index is read in the index's order (fragments/keyset-page-indexed).
  const first = keys[0];
  const indexed = FILTER_PLAN[request.type].scalars[first.field]?.indexed === true;
  const values = { matching, total, after: page.after, order: page.order, keys: page.keys };
  const text = fetchCypher(
    [
      indexed
        ? ["keyset-page-indexed", { ...values, first: nodeSubjects(request.type, variable)[first.field].subject }]
        : ["keyset-page", values],
    ],
    fetch,
    fragment,
  );
  const params = { ...request.matching.params, ...where.params, ...page.params, limit: int(page.limit) };
  return { text, params, page, keys };
}

/** One page of a top-level list in one statement (listStatement), primed into the loaders. */
export async function listPage(ctx: ApiContext, info: GraphQLResolveInfo, request: ListRequest) {
  const { text, params, page, keys } = listStatement(
    (name) => ctx.gateway.fragment(name),
    request,
    compileConnection(ctx, info, request.type),
    asksTotal(info),
  );
  const [row] = await ctx.gateway.readComposedJson(`compiled/${info.fieldName}`, text, params);
  const items = row.items as Array<{ node: FetchedNode; keys: unknown[] }>;
  const nodes = primedNodes(
    ctx,
    items.map((item) => item.node),
  );
  return keysetConnection(
    page,
    keys,
    items.map((item, i) => ({ node: nodes[i], keys: item.keys })),
    (row.total as number | null) ?? null,
  );
}

/** The `filter:` parameters of entities-matching that a list does not use. */
export const NO_ENTITY_FILTERS = { region: null, words: null, memberOf: null, worksFor: null };

/** The order of a list that names none: by name (sources, which have titles, by id). */
const DEFAULT_SORT: Record<string, Array<Record<string, string>>> = {
  Source: [{ id: "ASC" }],
};

/**
 * A page of countries, organizations, people, initiatives or sources, with the `filter:`
 * conditions a list has and its `where` and `sort`.
 */
export function entitiesPage(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  type: string,
  request: Omit<ListRequest, "type" | "matching" | "defaultSort">,
  filters: Partial<Record<keyof typeof NO_ENTITY_FILTERS, unknown>> = {},
) {
  return listPage(ctx, info, {
    ...request,
    type,
    matching: { params: { ...NO_ENTITY_FILTERS, ...filters } },
    defaultSort: DEFAULT_SORT[type] ?? [{ name: "ASC" }],
  });
}
