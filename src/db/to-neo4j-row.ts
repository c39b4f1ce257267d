import neo4j from "neo4j-driver";
import { DATE_PROPERTIES } from "../records/graph-rows";

/** Dates go to Neo4j as `Date` values (never a JS Date: no time zone may shift the day). */
export function toNeo4jRow<T extends { props: Record<string, unknown> }>(row: T): T {
  const props = Object.fromEntries(
    Object.entries(row.props).map(([key, value]) => {
      if (!DATE_PROPERTIES.has(key) || typeof value !== "string") return [key, value];
      const [y, m, d] = value.split("-").map(Number);
      return [key, new neo4j.types.Date(y, m, d)];
    }),
  );
  return { ...row, props };
}
