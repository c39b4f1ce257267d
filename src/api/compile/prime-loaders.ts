import { isEntityKind, nodeOfKind } from "../entity";
import type { Loaders } from "../loaders";
import type { Direction } from "./field-steps";

/** One node of a compiled statement's answer, as fetch-cypher.ts's fragments shape it. */
export interface FetchedNode {
  /** The GraphQL type it resolves to (fragments/kind). */
  kind: string;
  props: Record<string, unknown> & { id: string };
  /** True when the node was fetched whole; absent when only the properties its selection reads were. */
  whole?: true;
  /** Absent: no relationship followed, no id loaded (the statement leaves empty keys out). */
  links?: Record<string, Array<{ rel: Record<string, unknown>; node: FetchedNode }>>;
  refs?: Array<{ kind: string; props: Record<string, unknown> & { id: string } }>;
  /** Values of aggregate fields (root only; see aggregates.ts). */
  aggregates?: Record<string, unknown>;
}

/**
 * Puts what the compiled statement fetched into the request's loaders, so that the resolvers,
 * unchanged, find every entity and link they ask for without running a statement. A node fetched
 * in part is handed to the resolvers that asked for it, never cached as the whole entity.
 */
export function primeLoaders(loaders: Loaders, fetched: FetchedNode): void {
  const node = nodeOfKind(fetched.kind, fetched.props);
  if (fetched.whole && isEntityKind(fetched.kind)) loaders.prime.entity(node);
  for (const ref of fetched.refs ?? []) loaders.prime.entity(nodeOfKind(ref.kind, ref.props));
  for (const [key, children] of Object.entries(fetched.links ?? {})) {
    const [direction, type] = key.split(":") as [Direction, string];
    loaders.prime.links(
      type,
      direction,
      node.id,
      children.map((c) => ({ rel: c.rel, node: nodeOfKind(c.node.kind, c.node.props) })),
    );
    children.forEach((c) => primeLoaders(loaders, c.node));
  }
}
