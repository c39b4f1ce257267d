import fs from "node:fs";
import { startServerProcess } from "../../scripts/lib/server-process";
import { readGraph } from "../../src/backup/read-graph";
import { startEmbeddedNeo4j } from "../../src/embedded/start-embedded-neo4j";
import { hashApiKey } from "../../src/server/api-keys";
import { connectTest } from "../support/test-neo4j";

const KEY = "crash-test-key";
const WORKERS = 8;
const KILL_AFTER_ACKNOWLEDGED = 40;
const UPSERT = `mutation($input: SourceInput!) { upsertSource(input: $input) { source { id } audit { target } } }`;

/**
 * kill -9 of the server, then of its embedded Neo4j, while keyed edits are in flight: after a
 * restart every edit is whole (the fact and its audit entry) or absent, and none that was
 * acknowledged is lost.
 */
describe("Edits across a crash", () => {
  it("are each wholly present with their audit entry or wholly absent, and none acknowledged is lost", async () => {
    const server = await startServerProcess({ env: { API_KEYS: `crash-test:${hashApiKey(KEY)}` } });
    const neo4jPid = server.neo4jPid;
    expect(neo4jPid).toBeGreaterThan(0);

    const attempted: string[] = [];
    const acknowledged: string[] = [];
    let crashed = false;
    const crash = () => {
      if (crashed) return;
      crashed = true;
      process.kill(server.child.pid!, "SIGKILL");
      process.kill(neo4jPid!, "SIGKILL");
    };
    const worker = async (w: number) => {
      for (let n = 0; !crashed; n++) {
        const id = `crash-test-${w}-${n}`;
        attempted.push(id);
        try {
          const response = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
            body: JSON.stringify({
              query: UPSERT,
              variables: { input: { id, title: `Crash test source ${id}`, url: `https://example.org/${id}` } },
            }),
          });
          const body = await response.json();
          if (body.errors) throw new Error(`the edit ${id} failed before the crash: ${JSON.stringify(body.errors)}`);
          acknowledged.push(id);
          if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED) crash();
        } catch (error) {
          if (!crashed) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    await server.stop();
    while (fs.existsSync(`/proc/${neo4jPid}`)) await new Promise((resolve) => setTimeout(resolve, 100));

    // The store as the crash left it, opened again (Neo4j recovers from its transaction log).
    const reopened = await startEmbeddedNeo4j({ home: server.home, boltPort: 0, pageCache: "256m", heap: "1g" });
    const { driver, gateway } = connectTest(reopened.uri);
    try {
      const sources = new Set<string>();
      const audited = new Map<string, number>();
      for await (const element of readGraph(gateway, { kinds: ["Record", "AuditEntry"] })) {
        if (element.type !== "node") continue;
        const id = String(element.properties.id);
        if (element.labels.includes("Source") && id.startsWith("crash-test-")) sources.add(id);
        const target = element.properties.target as string | undefined;
        if (element.labels.includes("AuditEntry") && target?.startsWith("crash-test-"))
          audited.set(target, (audited.get(target) ?? 0) + 1);
      }
      for (const id of attempted)
        expect({ id, audits: audited.get(id) ?? 0 }).toEqual({ id, audits: sources.has(id) ? 1 : 0 });
      for (const id of acknowledged) expect({ id, present: sources.has(id) }).toEqual({ id, present: true });
      expect(audited.size).toBeGreaterThanOrEqual(acknowledged.length);
      expect(audited.size).toBeLessThanOrEqual(attempted.length);
      expect(attempted.length).toBeGreaterThan(acknowledged.length); // edits were in flight at the kill
    } finally {
      await driver.close();
      await reopened.stop();
      await server.stop({ removeHome: true });
    }
  }, 300_000);
});
