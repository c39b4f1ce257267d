import type { Row } from "../db/Gateway";

/** The entity types of the API, named as the GraphQL types and the Neo4j labels. */
export const ENTITY_KINDS = [
  "Country",
  "Organization",
  "Person",
  "Agreement",
  "Initiative",
  "Sector",
  "Place",
  "Source",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A node as resolvers see it: its properties, and the GraphQL type it resolves to. */
export type GraphNode = Record<string, any> & { id: string; __kind: string };

/** A relationship with the node at its other end. */
export interface Link {
  rel: Record<string, any> & { sources?: string[] };
  node: GraphNode;
}

/**
 * The node a row's labels and properties stand for. The properties object becomes the node (it
 * is the row's own, freshly decoded): no copy per node of a large answer.
 */
export function toNode(labels: unknown, props: unknown): GraphNode {
  return nodeOfKind(kindOfLabels(labels as string[]), props);
}

/** The GraphQL type of a node with these labels: an entity kind first, else its own label (fragments/kind does the same). */
export const kindOfLabels = (labels: string[]): string =>
  ENTITY_KINDS.find((k) => labels.includes(k)) ?? labels.find((l) => l !== "Record" && l !== "Entity") ?? "Record";

/** A node whose GraphQL type a statement already named (fragments/kind); the properties object becomes the node. */
export const nodeOfKind = (kind: string, props: unknown): GraphNode =>
  Object.assign(props as Record<string, unknown>, { __kind: kind }) as GraphNode;

/** Whether nodes of this kind are entities (they carry the Entity label): loaders cache those by id. */
export const isEntityKind = (kind: string): boolean => (ENTITY_KINDS as readonly string[]).includes(kind);

export const rowToNode = (row: Row) => toNode(row.labels, row.props);
export const rowToLink = (row: Row): Link => ({ rel: row.rel as Link["rel"], node: rowToNode(row) });

/** resolveType for every interface and union: nodes carry the name of their GraphQL type. */
export const kindOf = (value: unknown) => (value as GraphNode).__kind;
