import {
  getNamedType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import type { ApiContext } from "../context";
import { nodeOfKind, type GraphNode } from "../entity";
import { planAggregates, primeAggregates } from "./aggregates";
import { compileSelection, emptyFetch, fieldNames, fieldSelections, type Fetch } from "./compile-selection";
import { fetchCypher, type Part } from "./fetch-cypher";
import { primeLoaders, type FetchedNode } from "./prime-loaders";

/** The selections of every field node of a root field (a query may name a field twice). */
const selectionOf = (info: GraphQLResolveInfo): SelectionSetNode => ({
  kind: Kind.SELECTION_SET,
  selections: info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []),
});

/**
 * A root lookup in one statement: the entity and everything its selection reads through the
 * loaders, composed from cypher/fragments/ (`root`: the fragments that find it) and primed into the loaders,
 * so that the resolvers run no statement of their own. Fields the plan cannot compile keep
 * theirs (logged at debug).
 */
export async function fetchRoot(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  typeName: string,
  root: Part[],
  params: Record<string, unknown>,
): Promise<GraphNode | null> {
  const { fetch, uncompiled } = ctx.compile
    ? compileSelection(info.schema, typeName, selectionOf(info), info.fragments)
    : { fetch: emptyFetch(), uncompiled: [] };
  if (uncompiled.length > 0)
    ctx.debug("fields resolved by statements of their own", { field: info.fieldName, uncompiled });
  const aggregates = planAggregates(info.schema, fetch.aggregates, info.variableValues, info.fragments);
  const text = fetchCypher(root, fetch, (name) => ctx.gateway.fragment(name), aggregates);
  const aggregateParams = Object.assign({}, ...aggregates.map((a) => a.params));
  const [row] = await ctx.gateway.readComposedJson(`compiled/${info.fieldName}`, text, {
    ...aggregateParams,
    ...params,
  });
  if (!row) return null;
  const fetched = row.root as FetchedNode;
  primeLoaders(ctx.loaders, fetched);
  primeAggregates(ctx, aggregates, fetched.props.id, fetched.aggregates);
  return nodeOfKind(fetched.kind, fetched.props);
}

/** A root lookup by id (agreement, initiative, person, organization, sector). */
export function fetchEntityById(ctx: ApiContext, info: GraphQLResolveInfo, typeName: string, id: string) {
  if (!ctx.compile) return ctx.loaders.entity(id);
  return fetchRoot(ctx, info, typeName, ["entity-by-id", "root"], { id });
}

/** The selection under `path` (a list of field names) of the root field. */
const selectionAt = (info: GraphQLResolveInfo, path: string[]) =>
  path.reduce((set, name) => fieldSelections(set, name, info.fragments), selectionOf(info));

/**
 * Whether the selection under `path` of the root field names one of `fields` (fragments and
 * inline fragments included); always true when compiling is off, so that both paths answer alike.
 */
export function selectsAny(ctx: ApiContext, info: GraphQLResolveInfo, path: string[], fields: string[]): boolean {
  if (!ctx.compile) return true;
  const names = fieldNames(selectionAt(info, path), info.fragments);
  return fields.some((field) => names.has(field));
}

/** What each node of a connection's page needs, for a repository to fetch with the page. */
export function compileConnection(ctx: ApiContext, info: GraphQLResolveInfo, typeName: string): Fetch {
  if (!ctx.compile) return emptyFetch();
  const { fetch, uncompiled } = compileSelection(
    info.schema,
    typeName,
    selectionAt(info, ["edges", "node"]),
    info.fragments,
  );
  if (uncompiled.length > 0)
    ctx.debug("fields resolved by statements of their own", { field: info.fieldName, uncompiled });
  return fetch;
}

/** Primes the loaders with a page's fetched nodes and returns them as the resolvers see them. */
export function primedNodes(ctx: ApiContext, fetched: FetchedNode[]): GraphNode[] {
  return fetched.map((item) => {
    primeLoaders(ctx.loaders, item);
    return nodeOfKind(item.kind, item.props);
  });
}

/**
 * The properties the nodes at `fields` under the root field's `parents` (shortestPaths' steps.from,
 * .to and .via) need for their selections, for a statement that returns such nodes itself: "all"
 * when any field there may read anything, or when compiling is off.
 */
export function propertiesAt(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  parents: string[],
  fields: string[],
): Fetch["props"] {
  if (!ctx.compile) return "all";
  const parentType = parents.reduce<GraphQLNamedType>(
    (type, name) => (isObjectType(type) ? getNamedType(type.getFields()[name].type) : type),
    getNamedType(info.returnType),
  );
  const props = new Set<string>(["id"]);
  for (const field of fields) {
    const type = isObjectType(parentType) ? getNamedType(parentType.getFields()[field]?.type) : undefined;
    if (!type) continue;
    const { fetch } = compileSelection(info.schema, type.name, selectionAt(info, [...parents, field]), info.fragments);
    if (fetch.props === "all") return "all";
    fetch.props.forEach((p) => props.add(p));
  }
  return props;
}
