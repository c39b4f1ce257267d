import type { ApolloServerPlugin } from "@apollo/server";

/**
 * `cache-control: no-store` on every answer the response cache did not mark cacheable, which is
 * what Apollo's own cache-control plugin sent, since no field here carries a cache hint. That
 * plugin is disabled (create-app.ts) because its per-field hook makes Apollo wrap every resolver
 * of the schema: a quarter of the server's CPU on the network's ~600 objects.
 */
export function noStoreByDefault(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has("cache-control")) response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}
