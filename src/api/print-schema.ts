import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

export const SCHEMA_HEADER =
  "# Generated from the type-graphql classes in src/api by `npm run schema:emit`. Do not edit.\n";

/** The SDL as committed in schema/schema.graphql: sorted, so a diff shows only real changes. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${SCHEMA_HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
