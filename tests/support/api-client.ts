import type { AddressInfo } from "node:net";
import pino from "pino";
import type { ApiContext } from "../../src/api/context";
import { readConfig } from "../../src/config";
import { createApp, type AppOptions } from "../../src/server/create-app";
import type { RateLimitSettings } from "../../src/server/rate-limits";
import { connectTest, TEST_API_KEYS, TEST_TODAY } from "./test-neo4j";

export interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
  /** The Cypher statements the request ran, by name. */
  statements: string[];
}

/** The real HTTP server on a free port, over the shared test Neo4j (or the one at `uri`). */
export async function startTestApi(
  options: {
    uri?: string;
    analyticsEngine?: "auto" | "gds" | "graphology";
    compileSelections?: boolean;
    cache?: AppOptions["cache"];
    /** Today for each request; TEST_TODAY by default. */
    today?: () => string;
    rateLimits?: RateLimitSettings;
  } = {},
) {
  const { uri, ...appOptions } = options;
  const { driver, gateway } = connectTest(uri);
  const seen: { last?: ApiContext } = {};
  const { httpServer, apollo, partyGraphs } = await createApp({
    gateway,
    log: pino({ level: "silent" }),
    corsOrigins: [],
    limits: readConfig({}).limits,
    apiKeyHashes: TEST_API_KEYS,
    today: () => TEST_TODAY,
    ...appOptions,
    onRequestDone: (ctx) => (seen.last = ctx),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    gateway,
    async query(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ): Promise<GraphQLResponse> {
      seen.last = undefined;
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: await response.json(),
        statements: (seen.last as ApiContext | undefined)?.statements ?? [],
      };
    },
    /** The data of a request that must succeed (its errors, if any, fail the test). */
    async data(query: string, variables: Record<string, unknown> = {}): Promise<any> {
      const res = await this.query(query, variables);
      expect(res.body.errors).toBeUndefined();
      return res.body.data;
    },
    async stop() {
      await partyGraphs.close();
      await apollo.stop();
      await driver.close();
    },
  };
}
