import neo4j from "neo4j-driver";

/**
 * Converts what the driver returns into plain JSON-like values: Neo4j integers to numbers,
 * dates to "YYYY-MM-DD" strings (no time zone is ever involved), nodes to their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (neo4j.isNode(value)) return { ...(toPlain(value.properties) as object), labels: value.labels };
  if (neo4j.isRelationship(value)) return { ...(toPlain(value.properties) as object), type: value.type };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** A JS number becomes a Cypher float; `LIMIT` and `SKIP` need an integer. */
export const int = (n: number) => neo4j.int(n);
