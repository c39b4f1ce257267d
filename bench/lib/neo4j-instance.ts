import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { applySchema } from "../../src/db/apply-schema";
import { loadCypherCatalog } from "../../src/db/cypher-catalog";
import { Gateway } from "../../src/db/Gateway";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/embedded/start-embedded-neo4j";
import { DEFAULT_SEED_DIR, seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";

/** How long any of the benchmark's reads may take: the floor's, the cost probe's and the project server's. */
export const BENCH_READ_TIMEOUT_MS = 120_000;

/**
 * Memory for the benchmark's own Neo4j on a 2-core, 24 GiB machine (the servers and the client
 * share it): 4g + 4g holds scale 5 in the page cache; small scales need far less.
 */
export const memoryFor = (scale: number) =>
  scale >= 0.5 ? { heap: "4g", pageCache: "4g" } : { heap: "1g", pageCache: "1g" };

/** A free TCP port on the loopback, so that the servers can be started before Neo4j listens. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface BenchNeo4j {
  uri: string;
  home: string;
  driver: Driver;
  gateway: Gateway;
  catalog: ReadonlyMap<string, string>;
  embedded: EmbeddedNeo4j;
  /** CPU seconds the JVM has used so far (user + system), from /proc. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/**
 * A throwaway embedded Neo4j in a new temporary folder (never the user's .data/), with the
 * project's schema and the curated seeds loaded. `stop` removes the folder.
 */
export async function startBenchNeo4j(options: {
  heap: string;
  pageCache: string;
  boltPort?: number;
  log?: (line: string) => void;
}): Promise<BenchNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-bench-"));
  const embedded = await startEmbeddedNeo4j({
    home,
    boltPort: options.boltPort ?? 0,
    pageCache: options.pageCache,
    heap: options.heap,
    log: options.log,
  });
  const driver = neo4j.driver(embedded.uri, undefined, { maxConnectionPoolSize: 50 });
  const catalog = loadCypherCatalog();
  const gateway = new Gateway(driver, { database: "neo4j", catalog, readTimeoutMs: BENCH_READ_TIMEOUT_MS });
  try {
    await applySchema(gateway, catalog);
    const validation = validateSeed([DEFAULT_SEED_DIR]);
    if (!validation.dataset) throw new Error("The curated seeds are invalid: npm run seed -- --dry-run says why.");
    await seedDatabase(gateway, validation);
  } catch (error) {
    await driver.close();
    await embedded.stop();
    fs.rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    uri: embedded.uri,
    home,
    driver,
    gateway,
    catalog,
    embedded,
    cpuSeconds: () => processCpuSeconds(embedded.pid),
    async stop() {
      await driver.close();
      await embedded.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** user + system CPU seconds of a process (Linux /proc; 0 elsewhere). */
export function processCpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
