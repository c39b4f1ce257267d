import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { ApiContext } from "../context";
import type { GraphNode } from "../entity";
import { compileSelection } from "./compile-selection";
import { fetchCypher } from "./fetch-cypher";
import { primeLoaders, type FetchedNode } from "./prime-loaders";

/** The selections of every field node of a root field (a query may name a field twice). */
const selectionOf = (info: GraphQLResolveInfo): SelectionSetNode => ({
  kind: Kind.SELECTION_SET,
  selections: info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []),
});

/**
 * A root lookup by id in one statement: the entity and everything its selection reads through
 * the loaders, composed from cypher/fragments/ and primed into the loaders, so that the resolvers
 * run no statement of their own. Fields the plan cannot compile keep theirs (logged at debug).
 */
export async function fetchEntityById(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  typeName: string,
  id: string,
): Promise<GraphNode | null> {
  if (!ctx.compile) return ctx.loaders.entity(id);
  const { fetch, uncompiled } = compileSelection(info.schema, typeName, selectionOf(info), info.fragments);
  if (uncompiled.length > 0)
    ctx.debug("fields resolved by statements of their own", { field: info.fieldName, uncompiled });
  const text = fetchCypher("entity-by-id", fetch, (name) => ctx.gateway.fragment(name));
  const [row] = await ctx.gateway.readComposed(`compiled/${info.fieldName}`, text, { id });
  if (!row) return null;
  primeLoaders(ctx.loaders, row.root as FetchedNode);
  return ctx.loaders.entity(id);
}
