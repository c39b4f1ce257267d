import "reflect-metadata";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import neo4j from "neo4j-driver";
import pino from "pino";
import { readConfig } from "../src/config";
import { loadCypherCatalog } from "../src/db/cypher-catalog";
import { Gateway } from "../src/db/Gateway";
import { createApp } from "../src/server/create-app";
import { BENCH_READ_TIMEOUT_MS } from "./lib/neo4j-instance";

/**
 * One GraphQL server for the benchmark, in its own process so that the load generator never
 * shares its event loop: `project` is the Alliance Graph server as `npm start` builds it
 * (createApp, default limits, logs silenced); `peer` is @neo4j/graphql 7 over the same graph,
 * served by the same Apollo Server 5 and express 5. Neither caches responses. `bare` is node:http
 * alone, answering `{ __typename }`'s JSON to any request: the HTTP round trip without GraphQL.
 *
 * Usage (by bench/run.ts, with an IPC channel): serve.ts project|peer|bare BOLT_URI
 * It sends { ready, port } once listening, and answers { stats } with its memory and CPU use.
 */
const BARE_ANSWER = JSON.stringify({ data: { __typename: "Query" } });

async function main(): Promise<void> {
  // As `node dist/...` runs (npm start): tsx turns on source-mapped stack traces, and the driver
  // formats a stack for every result it makes (a twentieth of a point lookup's CPU under tsx).
  process.setSourceMapsEnabled(false);
  const [mode, uri] = process.argv.slice(2);
  const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50 });
  let server: http.Server;
  let stop: () => Promise<void>;

  if (mode === "project") {
    const config = readConfig({});
    const gateway = new Gateway(driver, {
      database: "neo4j",
      catalog: loadCypherCatalog(),
      // As long as the harness's own statements (the floor's) may take: on a slowed machine the
      // first, cold counts matrix at scale 5 passed the 15 s of npm start and stopped the whole run.
      readTimeoutMs: BENCH_READ_TIMEOUT_MS,
    });
    const app = await createApp({
      gateway,
      log: pino({ level: "silent" }),
      corsOrigins: [],
      limits: config.limits,
      apiKeyHashes: new Map(),
    });
    server = app.httpServer;
    stop = () => app.apollo.stop();
  } else if (mode === "peer") {
    const typeDefs = fs.readFileSync(path.join(__dirname, "peer", "typeDefs.graphql"), "utf8");
    const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
    const app = express();
    server = http.createServer(app);
    const apollo = new ApolloServer({
      schema,
      plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()],
    });
    await apollo.start();
    app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo, { context: async () => ({}) }));
    stop = () => apollo.stop();
  } else if (mode === "bare") {
    // No GraphQL at all: the HTTP hop alone, which a GraphQL request adds to its statement's time.
    server = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.setHeader("content-type", "application/json");
        res.end(BARE_ANSWER);
      });
    });
    stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  } else {
    throw new Error(`Unknown mode ${mode}: expected project, peer or bare.`);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  process.on("message", (message: { type: string }) => {
    if (message.type === "stats") {
      const cpu = process.cpuUsage();
      process.send!({
        type: "stats",
        rss: process.memoryUsage().rss,
        heapUsed: process.memoryUsage().heapUsed,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
      });
    } else if (message.type === "stop") {
      void stop()
        .then(() => driver.close())
        .then(() => process.exit(0));
    }
  });
  // The runner's end is this process's end, even if the runner is killed.
  process.on("disconnect", () => process.exit(0));
  process.send!({ type: "ready", port });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
