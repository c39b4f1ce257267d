import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { loadCypherCatalog } from "../../src/db/cypher-catalog";
import { Gateway } from "../../src/db/Gateway";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/embedded/start-embedded-neo4j";
import { hashApiKey } from "../../src/server/api-keys";

/** Tests never use NEO4J_URI (a user's database): only TEST_NEO4J_URI, or a Neo4j of their own. */
export const TEST_URI_VARIABLE = "ALLIANCE_GRAPH_TEST_BOLT";

/** Starts a throwaway embedded Neo4j on a free port in a temporary folder. */
export async function startThrowawayNeo4j(): Promise<
  Omit<EmbeddedNeo4j, "stop"> & { home: string; stop(options?: { keepFiles?: boolean }): Promise<void> }
> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-test-"));
  const embedded = await startEmbeddedNeo4j({ home, boltPort: 0, pageCache: "256m", heap: "1g" });
  return {
    ...embedded,
    home,
    /** Stops Neo4j and removes its folder, unless a test restarts it there. */
    async stop(options = {}) {
      await embedded.stop();
      if (!options.keepFiles) fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export function connectTest(uri = process.env[TEST_URI_VARIABLE]!) {
  const auth = process.env.TEST_NEO4J_PASSWORD
    ? neo4j.auth.basic(process.env.TEST_NEO4J_USERNAME ?? "neo4j", process.env.TEST_NEO4J_PASSWORD)
    : undefined;
  const driver = neo4j.driver(uri, auth);
  const catalog = loadCypherCatalog();
  const gateway = new Gateway(driver, {
    database: process.env.TEST_NEO4J_DATABASE ?? "neo4j",
    catalog,
    readTimeoutMs: 30_000,
  });
  return { driver, gateway, catalog };
}

/** API keys the test servers accept: key "test-editor-key" belongs to "Test Editor". */
export const TEST_EDITOR_KEY = "test-editor-key";
export const TEST_API_KEYS: ReadonlyMap<string, string> = new Map([[hashApiKey(TEST_EDITOR_KEY), "Test Editor"]]);

/** The day tests take for "today", so that answers do not drift with the calendar. */
export const TEST_TODAY = "2026-12-01";
