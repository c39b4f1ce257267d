import type { GraphQLResolveInfo } from "graphql";
import { int } from "../../db/to-plain";
import { fillFragment } from "../compile/fetch-cypher";
import { DEFAULT_PAGE_SIZE } from "../connection";
import type { ApiContext } from "../context";
import { rowToNode, type GraphNode } from "../entity";
import { checkArgument } from "../limits";
import { compileRelationWhere, type WhereInput } from "./compile-where";
import { asksTotal } from "./list-page";
import { FILTER_PLAN, propertyOf, REL_OBJECTS } from "./plan";
import { keysetConnection, keysetPage, sortKeys, type PageArguments, type SortSubjects } from "./sort";

export interface RelationPageRequest extends PageArguments {
  /** The type of the node that holds the field, and the field (FILTER_PLAN[owner].relations). */
  owner: string;
  field: string;
  id: string;
  where?: WhereInput | null;
  sort?: Array<Record<string, unknown>> | null;
  defaultSort: Array<Record<string, string>>;
}

/** Tie-breaks of a relationship list: the far node's id, then the relationship's own id. */
const TIE_BREAK = ["_far", "_rel"];

/**
 * One page of a node's relationship objects (an initiative's members, a party's acts), filtered
 * by a `where` on the relationship object and read in its sort's order from a keyset cursor, in
 * one statement (fragments/relation-page). Rows are the relationship's properties and its far node.
 */
export async function relationPage<T>(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  request: RelationPageRequest,
  toItem: (rel: Record<string, unknown>, far: GraphNode) => T,
) {
  checkArgument("first", request.first);
  checkArgument("last", request.last);
  const fragment = (name: string) => ctx.gateway.fragment(name);
  const relation = FILTER_PLAN[request.owner].relations[request.field];
  if (!relation.via) throw new Error(`${request.owner}.${request.field} lists nodes, not relationship objects`);
  const object = REL_OBJECTS[relation.via.object];
  const [near, rel, far] = ["p0", "p0r", "p0n"];
  const pattern = fillFragment(fragment, `filter/${relation.direction === "out" ? "pattern-out" : "pattern-in"}`, {
    from: near,
    rel,
    types: relation.types.join("|"),
    to: far,
  });
  const where = compileRelationWhere(
    object.name,
    { [relation.via.far]: far, [relation.via.near]: near },
    rel,
    request.where,
    fragment,
  );
  const subjects: SortSubjects = {
    ...Object.fromEntries(
      Object.entries(object.fields).map(([field, f]) => [
        field,
        { subject: `${rel}.${propertyOf(field, f)}`, date: f.kind === "date" },
      ]),
    ),
    _far: { subject: `${far}.id`, date: false },
    _rel: { subject: fillFragment(fragment, "sort/element-id", { rel }), date: false },
  };
  const keys = sortKeys(request.sort?.length ? request.sort : request.defaultSort, TIE_BREAK);
  const page = keysetPage(subjects, keys, request, DEFAULT_PAGE_SIZE, fragment);
  const holds = relation.holds
    ? fillFragment(fragment, `filter/${relation.holds}`, { rel })
    : fillFragment(fragment, "filter/anything", {});
  const common = { near, pattern, holds, where: where.condition };
  const text = fillFragment(fragment, "relation-page", {
    ...common,
    rel,
    far,
    total: asksTotal(info)
      ? fillFragment(fragment, "relation-count", common)
      : fillFragment(fragment, "relation-no-count", { near }),
    after: page.after,
    order: page.order,
    keys: page.keys,
  });
  const [row] = await ctx.gateway.readComposedJson(`compiled/${info.fieldName}`, text, {
    ...where.params,
    ...page.params,
    id: request.id,
    limit: int(page.limit),
  });
  const items = (row?.items ?? []) as Array<{
    rel: Record<string, unknown>;
    node: { labels: string[]; props: object };
    keys: unknown[];
  }>;
  return keysetConnection(
    page,
    keys,
    items.map((item) => ({ node: toItem(item.rel, rowToNode(item.node)), keys: item.keys })),
    (row?.total as number | null) ?? null,
  );
}
