import "reflect-metadata";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import pino from "pino";
import { readConfig } from "../src/config";
import { bulkLoad } from "../src/seed/bulk-load";
import { createApp } from "../src/server/create-app";
import { timeAnalytics } from "./lib/analytics-timings";
import { numberListFlag, parseCli, UsageError } from "./lib/cli";
import { memoryFor, startBenchNeo4j } from "./lib/neo4j-instance";
import { DEFAULT_SEED, generateSynthetic, readManifest } from "./synthetic";

const USAGE = `Usage: npm run bench:analytics -- [--scales 1,5]
  Loads the synthetic graph of each scale into a throwaway Neo4j (with GDS) and times centrality and
  blocs with a cold projection (first request of a day) and a warm one (cached), then streams
  /export/graph.graphml and records the server's peak RSS. Writes bench/results/analytics.md and .json.`;

const TODAY = "2026-12-01";
const WARM_ROUNDS = 5;

interface ScaleAnalytics {
  scale: number;
  parties: number;
  links: number;
  centrality: { coldMs: number; warmMs: number };
  blocs: { coldMs: number; warmMs: number; modularity: number; blocs: number };
  export: { bytes: number; ms: number; rssBeforeMb: number; rssPeakMb: number };
}

async function main(argv: string[]) {
  const { values } = parseCli(argv, { scales: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return void console.log(USAGE);
  const scales = numberListFlag("--scales", values.scales, [1, 5], {
    what: "positive numbers",
    example: "1,5",
    above: 0,
  });
  const results: ScaleAnalytics[] = [];
  for (const scale of scales) results.push(await runScale(scale));
  const out = path.join(__dirname, "results");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, "analytics.json"),
    `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  const rows = results.map(
    (r) =>
      `| ${r.scale} | ${r.parties} | ${r.links} | ${r.centrality.coldMs} | ${r.centrality.warmMs} | ${r.blocs.coldMs} | ${r.blocs.warmMs} | ${r.blocs.modularity.toFixed(3)} | ${(r.export.bytes / 1e6).toFixed(1)} MB in ${r.export.ms} ms | ${r.export.rssBeforeMb} → ${r.export.rssPeakMb} MB |`,
  );
  const md = [
    "# Analytics and export benchmark",
    "",
    `\`npm run bench:analytics\`, ${new Date().toISOString().slice(0, 10)}. Times are one request over HTTP to the project's server (GDS in the embedded Neo4j); cold: the first request for a day (revision check, party-hubs read, GDS projection, algorithm); warm: the median of ${WARM_ROUNDS} more on the cached projection. RSS: the server process while it streams the whole-graph GraphML (the same process ran the bulk load and holds the cached party graphs, hence the baseline; the rise is what the export costs).`,
    "",
    "| scale | parties | links | centrality cold ms | warm ms | blocs cold ms | warm ms | modularity | graph.graphml | RSS before → peak |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(out, "analytics.md"), md);
  console.log(md);
}

async function runScale(scale: number): Promise<ScaleAnalytics> {
  const dir = path.join(__dirname, "work", `scale-${scale}`);
  if (!readManifest(dir, scale, DEFAULT_SEED)) generateSynthetic(dir, { scale, seed: DEFAULT_SEED, log: console.log });
  const db = await startBenchNeo4j({ ...memoryFor(scale), log: console.log });
  try {
    console.log(`Scale ${scale}: loading...`);
    await bulkLoad(db.gateway, [dir], { batchSize: 2_000 });
    const { httpServer, apollo, partyGraphs } = await createApp({
      gateway: db.gateway,
      log: pino({ level: "silent" }),
      corsOrigins: [],
      limits: readConfig({}).limits,
      apiKeyHashes: new Map(),
      today: () => TODAY,
    });
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      const { centrality, blocs } = await timeAnalytics(url, WARM_ROUNDS);
      const pg = await partyGraphs.get(db.gateway, { sector: null, asOf: "2026-02-01", undated: false });

      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const started = performance.now();
      const response = await fetch(`${url}/export/graph.graphml`);
      let bytes = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
      clearInterval(sampler);
      const mb = (n: number) => Math.round(n / 2 ** 20);
      const result: ScaleAnalytics = {
        scale,
        parties: pg.graph.order,
        links: pg.graph.size,
        centrality,
        blocs,
        export: { bytes, ms: Math.round(performance.now() - started), rssBeforeMb: mb(rssBefore), rssPeakMb: mb(peak) },
      };
      console.log(JSON.stringify(result));
      return result;
    } finally {
      await partyGraphs.close();
      await apollo.stop();
    }
  } finally {
    await db.stop();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
});
