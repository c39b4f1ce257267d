import "reflect-metadata";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { readConfig } from "../config";
import { applySchema } from "../db/apply-schema";
import { openDatabase, type Database } from "../db/open-database";
import { formatProblem } from "../records/problem";
import { DEFAULT_SEED_DIR, formatReport, seedDatabase } from "../seed/seed-database";
import { validateSeed } from "../seed/validate-seed";
import { StartupError } from "../shared/errors";
import { createApp } from "./create-app";

/** Runs one start-up step, printing what it does and how long it took. */
async function step<T>(label: string, work: () => Promise<T>, describe?: (result: T) => string): Promise<T> {
  const started = Date.now();
  process.stdout.write(`${label}... `);
  const result = await work();
  console.log(`${describe ? `${describe(result)} ` : "done "}(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

async function main(): Promise<void> {
  const config = readConfig();
  const log = pino({ level: config.logLevel });
  let db: Database | undefined;
  let server: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests in flight, then stopping GraphQL, the driver and Neo4j...`);
    await server?.apollo.stop();
    // Projections live in GDS's catalog until dropped; an external server would keep them.
    await server?.partyGraphs.close();
    await db?.close();
    console.log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  const where = config.neo4j.uri
    ? `Connecting to Neo4j at ${config.neo4j.uri}`
    : `Starting embedded Neo4j 5.26 in ${config.embedded.home}`;
  db = await step(
    where,
    () => openDatabase(config, (line) => console.log(line)),
    (d) => `ready at ${d.uri}`,
  );
  await step(
    "Applying constraints and indexes",
    () => applySchema(db!.gateway, db!.catalog),
    (n) => `${n} statements`,
  );
  if (config.seedOnStart !== "never") {
    const validation = validateSeed([DEFAULT_SEED_DIR]);
    if (validation.problems.length > 0) {
      throw new StartupError(
        `The seed files have ${validation.problems.length} problem(s); nothing was loaded:\n  ${validation.problems.map(formatProblem).join("\n  ")}`,
      );
    }
    const warned =
      validation.warnings.length > 0
        ? `; ${validation.warnings.length} warning(s) to check: npm run seed -- --dry-run`
        : "";
    await step(
      "Loading seed data",
      () => seedDatabase(db!.gateway, validation, { force: config.seedOnStart === "always" }),
      (o) => (o.upToDate ? `unchanged since the last load (${validation.checksum})` : formatReport(o.report!)) + warned,
    );
  }
  server = await step("Starting GraphQL", async () => {
    const created = await createApp({
      gateway: db!.gateway,
      log,
      corsOrigins: config.http.corsOrigins,
      limits: config.limits,
      apiKeyHashes: config.apiKeyHashes,
      today: config.today,
      cache: config.cache,
      rateLimits: config.rateLimits,
    });
    await new Promise<void>((resolve, reject) => {
      created.httpServer.once("error", (error: NodeJS.ErrnoException) =>
        reject(
          error.code === "EADDRINUSE"
            ? new StartupError(
                `Port ${config.http.port} is in use: stop what runs there or choose another with PORT=...`,
              )
            : error,
        ),
      );
      created.httpServer.listen(config.http.port, config.http.host, resolve);
    });
    return created;
  });
  // Which analytics engine answers (GDS or graphology) is checked now, off any request's clock.
  void server.partyGraphs.engineFor(db.gateway).then((engine) => log.info({ engine }, "analytics engine"));
  const host = config.http.host === "0.0.0.0" ? "localhost" : config.http.host;
  const { port } = server.httpServer.address() as AddressInfo;
  console.log(
    `\nAlliance Graph is ready: GraphQL at http://${host}:${port}/graphql (GraphiQL in a browser), health at /health. Ctrl-C stops it.`,
  );
}

main().catch(async (error) => {
  console.error(
    `\n${error instanceof StartupError ? error.message : `Start-up failed: ${error instanceof Error ? error.stack : error}`}`,
  );
  process.exit(1);
});
