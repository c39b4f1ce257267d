import type { AddressInfo } from "node:net";
import pino from "pino";
import { readConfig } from "../../src/config";
import { applySchema } from "../../src/db/apply-schema";
import { loadCypherCatalog } from "../../src/db/cypher-catalog";
import { createDriver } from "../../src/db/create-driver";
import { Gateway } from "../../src/db/Gateway";
import { startEmbeddedNeo4j } from "../../src/embedded/start-embedded-neo4j";
import { createApp } from "../../src/server/create-app";
import { startThrowawayNeo4j, TEST_API_KEYS } from "../support/test-neo4j";

/** This test stops Neo4j, so it runs an instance of its own. */
describe("When Neo4j stops while the server runs", () => {
  it("answers 503 and UNAVAILABLE quickly, then recovers by itself when Neo4j is back", async () => {
    const first = await startThrowawayNeo4j();
    const port = Number(first.uri.split(":").pop());
    const driver = await createDriver({ uri: first.uri, username: "neo4j", password: "" });
    const gateway = new Gateway(driver, { database: "neo4j", catalog: loadCypherCatalog(), readTimeoutMs: 5_000 });
    await applySchema(gateway, loadCypherCatalog());
    const { httpServer, apollo } = await createApp({
      gateway,
      log: pino({ level: "silent" }),
      corsOrigins: [],
      limits: readConfig({}).limits,
      apiKeyHashes: TEST_API_KEYS,
    });
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const ask = async () => {
      const started = Date.now();
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { countries } }" }),
      });
      return { body: await res.json(), ms: Date.now() - started };
    };
    let second: Awaited<ReturnType<typeof startEmbeddedNeo4j>> | undefined;
    try {
      expect((await fetch(`${url}/health`)).status).toBe(200);
      await first.stop({ keepFiles: true });

      expect((await fetch(`${url}/health`)).status).toBe(503);
      const down = await ask();
      expect(down.body.errors[0].extensions.code).toBe("UNAVAILABLE");
      expect(down.body.errors[0].message).toMatch(/not reachable/);
      expect(JSON.stringify(down.body)).not.toMatch(/at .*\.(ts|js):\d+/);
      expect(down.ms).toBeLessThan(8_000);

      second = await startEmbeddedNeo4j({ home: first.home, boltPort: port, pageCache: "128m", heap: "512m" });
      let healthy = false;
      for (let i = 0; i < 30 && !healthy; i++) {
        healthy = (await fetch(`${url}/health`)).status === 200;
        if (!healthy) await new Promise((r) => setTimeout(r, 500));
      }
      expect(healthy).toBe(true);
      const up = await ask();
      expect(up.body.errors).toBeUndefined();
      expect(up.body.data.stats.countries).toBe(0);
    } finally {
      await apollo.stop();
      await driver.close();
      await second?.stop();
      await first.stop();
    }
  });
});
