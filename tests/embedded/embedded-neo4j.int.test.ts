import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import neo4j from "neo4j-driver";
import { startEmbeddedNeo4j } from "../../src/embedded/start-embedded-neo4j";
import { startThrowawayNeo4j } from "../support/test-neo4j";

/** The launcher's processes (of one parent, when given: other tests may start theirs meanwhile). */
const javaPids = (parent?: number) =>
  spawnSync("pgrep", [...(parent ? ["-P", String(parent)] : []), "-f", "alliancegraph.EmbeddedNeo4j"], {
    encoding: "utf8",
  })
    .stdout.split("\n")
    .filter(Boolean)
    .map(Number);

/** These tests stop Neo4j, so each runs its own instance, never the shared one. */
describe("The embedded Neo4j launcher", () => {
  it("serves Bolt on 127.0.0.1 only, with APOC registered", async () => {
    const db = await startThrowawayNeo4j();
    try {
      expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      const driver = neo4j.driver(db.uri);
      const { records } = await driver.executeQuery("RETURN apoc.version() AS version", {}, { database: "neo4j" });
      expect(records[0].get("version")).toMatch(/^5\.26\./);
      await driver.close();
      const listening = spawnSync("ss", ["-ltnp"], { encoding: "utf8" })
        .stdout.split("\n")
        .filter((l) => l.includes(`:${db.uri.split(":").pop()}`));
      expect(listening.length).toBeGreaterThan(0);
      // Java reports an IPv4 loopback bind as [::ffff:127.0.0.1]; either way, nothing but loopback.
      for (const line of listening) expect(line).toMatch(/\s(\[::ffff:)?127\.0\.0\.1\]?:\d+\s/);
    } finally {
      await db.stop();
    }
  });

  it("serves Graph Data Science and APOC's helpers from Maven Central's jars", async () => {
    const db = await startThrowawayNeo4j();
    const driver = neo4j.driver(db.uri);
    try {
      const run = async (query: string) =>
        (await driver.executeQuery(query, {}, { database: "neo4j" })).records[0].get("value") as unknown;
      expect(await run("RETURN gds.version() AS value")).toBe("2.13.9");
      // apoc.util.Util lives in apoc-common; without it toSet fails with NoClassDefFoundError.
      expect(await run("RETURN apoc.coll.toSet([1, 1]) AS value")).toEqual([neo4j.int(1)]);
      await driver.executeQuery("CREATE (:P {id: 'a'})-[:L]->(:P {id: 'b'})", {}, { database: "neo4j" });
      const projected = await run(
        "CALL gds.graph.project('smoke', 'P', {L: {orientation: 'UNDIRECTED'}}) YIELD nodeCount RETURN nodeCount AS value",
      );
      expect(projected).toEqual(neo4j.int(2));
      const louvain = await run(
        "CALL gds.louvain.stream('smoke', {concurrency: 1}) YIELD communityId RETURN count(DISTINCT communityId) AS value",
      );
      expect(louvain).toEqual(neo4j.int(1));
    } finally {
      await driver.close();
      await db.stop();
    }
  });

  it("says clearly that a store is locked when a second server opens it", async () => {
    const db = await startThrowawayNeo4j();
    try {
      await expect(startEmbeddedNeo4j({ home: db.home, boltPort: 0, pageCache: "64m", heap: "512m" })).rejects.toThrow(
        /locked by another process/,
      );
    } finally {
      await db.stop();
    }
  });

  it("stops by itself when its parent is killed with SIGKILL", async () => {
    const parent = spawn(process.execPath, ["-r", "tsx/cjs", path.join(__dirname, "../support/start-and-wait.ts")], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const uri = await new Promise<string>((resolve) =>
      parent.stdout.on("data", (chunk: Buffer) => {
        const match = /bolt:\/\/\S+/.exec(chunk.toString());
        if (match) resolve(match[0]);
      }),
    );
    expect(uri).toMatch(/^bolt:/);
    const started = javaPids(parent.pid);
    expect(started.length).toBe(1);
    parent.kill("SIGKILL");
    const deadline = Date.now() + 60_000;
    while (javaPids().includes(started[0]) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(javaPids()).not.toContain(started[0]);
  });
});
