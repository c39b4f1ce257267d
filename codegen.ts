/**
 * GraphQL Code Generator: the Explorer's queries (web/explorer/queries.graphql) are validated
 * against schema/schema.graphql, and their documents and types generated into web/explorer/gql/.
 *
 * scripts/build-web.mjs runs this config before bundling the Explorer, so `npm run build` fails on
 * a query that no longer matches the schema. web/explorer/gql/ is generated, never committed
 * (web/explorer/.gitignore): on a fresh clone run `npm run build` or `npx graphql-codegen` before
 * `npm run typecheck`.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  // In a .graphql file rather than graphql(`…`) calls: the bundle then holds each query once
  // (the preset's graphql() keeps a map of every query's text besides the documents themselves).
  documents: ["web/explorer/*.graphql"],
  // An Explorer without a single query is a mistake, not an empty output.
  ignoreNoDocuments: false,
  generates: {
    "web/explorer/gql/": {
      preset: "client",
      presetConfig: {
        // Plain types: the page reads whole results, it has no components to hand fragments to.
        fragmentMasking: false,
        // api.ts imports the documents from gql/graphql.ts; nothing uses the graphql() barrel.
        skipIndexFile: true,
      },
      config: {
        // Queries are sent as strings with fetch: no graphql-js DocumentNode in the bundle.
        documentMode: "string",
        useTypeImports: true,
        // Dates travel as ISO strings. Any other custom scalar must be mapped here first.
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string", JSONObject: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
