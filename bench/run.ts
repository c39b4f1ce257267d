import "reflect-metadata";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { graphql, type GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { buildApiSchema } from "../src/api/build-schema";
import { createContext } from "../src/api/context";
import { Gateway } from "../src/db/Gateway";
import { projectRoot } from "../src/shared/project-root";
import { bulkLoad, bulkRows, curatedIds } from "../src/seed/bulk-load";
import { findSeedFiles } from "../src/seed/read-seed-files";
import { readShard } from "../src/seed/read-shard";
import { ShardValidator } from "../src/seed/validate-shard";
import { numberFlag, numberListFlag, parseCli, UsageError } from "./lib/cli";
import { measureInterleaved, measureThroughput, postOk, startServer, type BenchServer } from "./lib/measure";
import { BENCH_READ_TIMEOUT_MS, freePort, memoryFor, startBenchNeo4j, type BenchNeo4j } from "./lib/neo4j-instance";
import { timeAnalytics } from "./lib/analytics-timings";
import { recordingDriver } from "./lib/recording-driver";
import type { BenchResults, OperationResult, ScaleResult, Settings } from "./lib/result";
import { writeReport } from "./report";
import { OPERATIONS, PAGE_QUERY, PEER_PAGE_QUERY, type GraphQLRequest, type Operation } from "./operations";
import { DEFAULT_SEED, generateSynthetic, readManifest, type Manifest } from "./synthetic";

const USAGE = `Usage: npm run bench -- [--quick] [--scales 1,5] [--seed S] [--budget MINUTES]
  Generates the synthetic graph, loads it into a throwaway embedded Neo4j of its own, and measures
  loading, latency, throughput and cost against raw Cypher and @neo4j/graphql 7.
  Writes bench/results/latest.md and latest.json (--quick: bench/work/results/quick.md and .json).
  --quick          scale 0.05 only, few samples: under 2 minutes
  --scales LIST    comma-separated scales (default 1,5)
  --seed S         the generator's seed (default ${DEFAULT_SEED})
  --budget M       minutes the whole run may take (default 24; quick 1.85); optional steps give way`;

/** The settings from the command line; a UsageError (one line) for an unknown flag or a bad value. */
function readSettings(argv: string[]): Settings {
  const { values } = parseCli(
    argv,
    {
      quick: { type: "boolean", default: false },
      scales: { type: "string" },
      seed: { type: "string" },
      budget: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    { placeholders: { scales: "LIST", seed: "S", budget: "MINUTES" } },
  );
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick;
  const scales = numberListFlag("--scales", values.scales, quick ? [0.05] : [1, 5], {
    what: "comma-separated positive numbers",
    example: "1,5",
    above: 0,
  });
  const seed = numberFlag("--seed", values.seed, DEFAULT_SEED, {
    what: "an integer",
    example: String(DEFAULT_SEED),
    integer: true,
  });
  const budgetMinutes = numberFlag("--budget", values.budget, quick ? 1.85 : 24, {
    what: "a number of minutes above 0",
    example: "14",
    above: 0,
  });
  return {
    quick,
    scales,
    seed,
    budgetMs: budgetMinutes * 60_000,
    batchSize: 2000,
    latency: quick
      ? { warmup: 3, samples: 25, capMs: 1_500, minSamples: 3, minWarmup: 1 }
      : // An operation of seconds (the counts matrix at scale 5: 21 s, its floor 18 s) gets one
        // warm-up round and three measured ones: five and two took 7 of the run's minutes, and
        // left scale 5's throughput out of the budget.
        { warmup: 30, samples: 200, capMs: 8_000, minSamples: 3, minWarmup: 1 },
    throughput: quick ? { connections: 4, seconds: 0.75 } : { connections: 8, seconds: 4 },
    pageSizes: [10, 100],
    resultsName: quick ? "quick" : "latest",
  };
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Integer-valued numbers go to Neo4j as integers (LIMIT, SKIP, ranges need them). */
const toParams = (params: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
const today = () => new Date().toISOString().slice(0, 10);

function packageVersion(name: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

function machineInfo(): Record<string, unknown> {
  const javaVersion = spawnSync("java", ["-version"], { encoding: "utf8" }).stderr?.split("\n")[0] ?? "unknown";
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaVersion,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    versions: Object.fromEntries(
      [
        "neo4j-driver",
        "@neo4j/graphql",
        "@apollo/server",
        "type-graphql",
        "graphql",
        "express",
        "autocannon",
        "js-yaml",
      ].map((p) => [p, packageVersion(p)]),
    ),
  };
}

async function main(settings: Settings): Promise<void> {
  const started = Date.now();
  const deadline = started + settings.budgetMs;
  const { budgetMs, ...shown } = settings;
  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    settings: { ...shown, budgetMinutes: budgetMs / 60_000 },
    machine: machineInfo(),
    scales: [],
    notes: [],
  };
  log(
    `${settings.quick ? "Quick look" : "Full run"}: scales ${settings.scales.join(", ")}, budget ${budgetMs / 60_000} min, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}.`,
  );
  const projectSchema = await buildApiSchema();
  for (const [index, scale] of settings.scales.entries()) {
    const last = index === settings.scales.length - 1;
    results.scales.push(await runScale(scale, settings, { deadline, last, projectSchema }));
  }
  const finished = Date.now();
  results.finishedAt = new Date(finished).toISOString();
  results.seconds = seconds(finished - started);
  (results.machine as Record<string, unknown>).loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  // The committed results are the full run's; a quick look goes to the git-ignored work folder.
  const outDir = settings.quick ? path.join(__dirname, "work", "results") : path.join(__dirname, "results");
  const table = writeReport(results, outDir, settings.resultsName);
  console.log(`\n${table}`);
  log(
    `Done in ${results.seconds} s: ${path.relative(process.cwd(), path.join(outDir, `${settings.resultsName}.md`))} and .json.`,
  );
}

interface ScaleContext {
  deadline: number;
  last: boolean;
  projectSchema: GraphQLSchema;
}

async function runScale(scale: number, settings: Settings, context: ScaleContext): Promise<ScaleResult> {
  const remaining = () => context.deadline - Date.now();
  const skipped: string[] = [];

  // 1. The synthetic files (reused when the same scale and seed were generated before).
  const dir = path.join(__dirname, "work", `scale-${scale}`);
  const t = Date.now();
  let manifest: Manifest | undefined = readManifest(dir, scale, settings.seed);
  const reused = Boolean(manifest);
  manifest ??= generateSynthetic(dir, { scale, seed: settings.seed, log });
  const generated = { seconds: seconds(Date.now() - t), reused, files: manifest.files.length, counts: manifest.counts };
  if (reused) log(`Scale ${scale}: reusing ${manifest.files.length} shards in ${path.relative(process.cwd(), dir)}.`);

  // 2. A fresh Neo4j of its own, and the two GraphQL servers (each in its own process), started
  // together. A small scale also starts the ceiling's Neo4j now; a large one after this one stops.
  const memory = memoryFor(scale);
  const port = await freePort();
  const bolt = `bolt://127.0.0.1:${port}`;
  log(
    `Scale ${scale}: starting a throwaway Neo4j (heap ${memory.heap}, page cache ${memory.pageCache}) and the two GraphQL servers...`,
  );
  const started = await Promise.allSettled([
    startBenchNeo4j({ ...memory, boltPort: port }),
    startServer("project", bolt),
    startServer("peer", bolt),
    startServer("bare", bolt),
  ] as const);
  const stoppers = started.flatMap((r) => (r.status === "fulfilled" && r.value ? [() => r.value!.stop()] : []));
  const failed = started.find((r) => r.status === "rejected");
  if (failed) {
    await Promise.allSettled(stoppers.map((stop) => stop()));
    throw (failed as PromiseRejectedResult).reason;
  }
  const [db, project, peer, bare] = started.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [
    BenchNeo4j,
    BenchServer,
    BenchServer,
    BenchServer,
  ];
  // A small scale (the quick look) measures its ceiling in the same Neo4j, after erasing the
  // pipeline's rows; a large one in another fresh Neo4j, started once this one has stopped.
  const sameStoreCeiling = scale < 0.5;
  let serversStopped = false;
  const stopServers = async () => {
    if (serversStopped) return;
    serversStopped = true;
    await Promise.allSettled([project.stop(), peer.stop(), bare.stop()]);
  };
  try {
    // 3. The project's whole pipeline (parse, validate, write) streams the shards.
    log(`Scale ${scale}: loading with the bulk pipeline (batches of ${settings.batchSize}, one transaction each)...`);
    const [node0, neo0] = [process.cpuUsage(), db.cpuSeconds()];
    const pipeline = await bulkLoad(db.gateway, [dir], { batchSize: settings.batchSize });
    const nodeCpu = process.cpuUsage(node0);
    const rows = pipeline.nodes + pipeline.relationships;
    const load: ScaleResult["load"] = {
      rows,
      pipeline,
      pipelineRowsPerSecond: Math.round(rows / (pipeline.ms.total / 1000)),
      writeRowsPerSecond: Math.round(rows / (pipeline.ms.write / 1000)),
      cpu: {
        node: seconds((nodeCpu.user + nodeCpu.system) / 1000),
        neo4j: Math.round((db.cpuSeconds() - neo0) * 10) / 10,
      },
    };
    log(
      `Scale ${scale}: ${rows} rows in ${seconds(pipeline.ms.total)} s: ${load.pipelineRowsPerSecond} rows/s for the pipeline, ${load.writeRowsPerSecond} rows/s for its write step.`,
    );
    await db.gateway.write("admin/await-indexes");
    const [count] = await db.gateway.read("admin/count-all");
    const graph = { nodes: count.nodes as number, relationships: count.relationships as number };
    const probes = manifest.probes;
    const floorParams = (op: Operation) => toParams({ asOf: today(), ...op.floor.params(probes) });

    // 4. Every operation once, three ways: answers must hold no error.
    const answers = new Map<string, OperationResult["answer"]>();
    for (const op of OPERATIONS) {
      const [a, f, p] = [
        await postOk(project.url, op.project(probes)),
        await db.gateway.read(op.floor.statement, floorParams(op)),
        op.peer ? await postOk(peer.url, op.peer(probes)) : undefined,
      ];
      answers.set(op.id, {
        project: describeAnswer(op.id, a.data, a.bytes),
        floor: `${f.length} row(s), ${JSON.stringify(f).length} bytes`,
        peer: p ? `${p.bytes} bytes` : undefined,
      });
    }

    // 5. Latency: warm-up, then rounds of project / floor / peer.
    log(`Scale ${scale}: latency (${settings.latency.warmup} warm-up, up to ${settings.latency.samples} rounds)...`);
    // The two hops of a one-statement GraphQL request, each alone: its statement's round trip to
    // Neo4j, and the HTTP round trip to a server in its own process that does nothing else.
    const { bolt: boltRoundTrip, http: httpRoundTrip } = await measureInterleaved(
      {
        bolt: () => db.gateway.read("bench/return-one"),
        http: () => postOk(bare.url, { query: "{ __typename }", variables: {} }),
      },
      { ...settings.latency, capMs: 4_000 },
    );
    const operations: OperationResult[] = [];
    for (const op of OPERATIONS) {
      const params = floorParams(op);
      const series: Record<string, () => Promise<unknown>> = {
        project: () => postOk(project.url, op.project(probes)),
        floor: () => db.gateway.read(op.floor.statement, params),
      };
      if (op.peer) series.peer = () => postOk(peer.url, op.peer!(probes));
      for (const w of op.whatIf ?? []) {
        const whatIfParams = toParams({ asOf: today(), ...w.params(probes) });
        series[`whatIf:${w.id}`] = () => db.gateway.read(w.statement, whatIfParams);
      }
      const latency = await measureInterleaved(series, settings.latency);
      log(
        `  ${op.id}: GraphQL p50 ${latency.project.p50} ms, Cypher ${latency.floor.p50} ms${latency.peer ? `, @neo4j/graphql ${latency.peer.p50} ms` : ""} (${latency.project.n} rounds)`,
      );
      operations.push({
        id: op.id,
        title: op.title,
        kind: op.kind,
        answer: answers.get(op.id)!,
        latency: { project: latency.project, floor: latency.floor, peer: latency.peer },
        whatIf: op.whatIf?.map((w) => ({ id: w.id, label: w.label, latency: latency[`whatIf:${w.id}`], dbHits: 0 })),
        cost: { statements: [], projectDbHits: 0, floorDbHits: 0 },
        peerNote: op.peerNote,
        peerMissing: op.peerMissing,
      });
    }

    // 6. Cost: statements and database hits (PROFILE) per request, in this process.
    log(`Scale ${scale}: statements and database hits per request (PROFILE)...`);
    const cost = await costProbe(db, context.projectSchema);
    for (const result of operations) {
      const op = OPERATIONS.find((o) => o.id === result.id)!;
      const p = await cost.project(op.project(probes));
      const f = await cost.floor(op.floor.statement, floorParams(op));
      const q = op.peer ? await cost.peer(op.peer(probes)) : undefined;
      result.cost = {
        statements: p.statements,
        projectDbHits: p.dbHits,
        floorDbHits: f,
        peerDbHits: q?.dbHits,
        peerCypher: q?.cypher,
      };
      for (const w of result.whatIf ?? []) {
        const def = op.whatIf!.find((x) => x.id === w.id)!;
        w.dbHits = await cost.floor(def.statement, toParams({ asOf: today(), ...def.params(probes) }));
      }
      // Three in-process runs for the breakdown, one for an operation of seconds.
      const slow = result.latency.project.p50 > settings.latency.capMs / 4;
      result.breakdown = await cost.time(op.project(probes), settings.quick || slow ? 1 : 3);
    }
    const pageCost: ScaleResult["pageCost"] = [];
    for (const first of settings.pageSizes) {
      const p = await cost.project({ query: PAGE_QUERY, variables: { first } });
      const f = await cost.floor("bench/agreements-page", toParams({ skip: 0, limit: first }));
      const q = await cost.peer({ query: PEER_PAGE_QUERY, variables: { first } });
      pageCost.push({
        first,
        statements: p.statements.length,
        projectDbHits: p.dbHits,
        floorDbHits: f,
        peerDbHits: q.dbHits,
      });
    }

    // 6b. Analytics: centrality and blocs with a cold and a warm projection.
    log(`Scale ${scale}: centrality and blocs, cold and warm projection...`);
    const analytics = await timeAnalytics(project.url);
    log(
      `Scale ${scale}: centrality ${analytics.centrality.coldMs} ms cold, ${analytics.centrality.warmMs} ms warm; blocs ${analytics.blocs.coldMs} ms cold, ${analytics.blocs.warmMs} ms warm.`,
    );

    // 7. Throughput at fixed concurrency and duration, where time allows.
    const throughputRuns = operations.reduce((n, o) => n + (o.latency.peer ? 2 : 1), 0);
    const throughputCost = throughputRuns * (settings.throughput.seconds + 0.5) * 1000;
    const reserve = context.last ? (sameStoreCeiling ? 12_000 : 60_000) : 6 * 60_000;
    if (remaining() - reserve < throughputCost) {
      skipped.push(`throughput: ${seconds(throughputCost)} s would overrun the time budget`);
    } else {
      log(
        `Scale ${scale}: throughput (${settings.throughput.connections} connections, ${settings.throughput.seconds} s each)...`,
      );
      const serverCpu = (server: BenchServer) => async () => (await server.stats()).cpuSeconds;
      for (const result of operations) {
        const op = OPERATIONS.find((o) => o.id === result.id)!;
        const options = { ...settings.throughput, neo4jCpu: () => db.cpuSeconds() };
        const mine = await measureThroughput(project.url, op.project(probes), {
          ...options,
          serverCpu: serverCpu(project),
        });
        const theirs = op.peer
          ? await measureThroughput(peer.url, op.peer(probes), { ...options, serverCpu: serverCpu(peer) })
          : undefined;
        result.throughput = { project: mine, peer: theirs };
        log(
          `  ${op.id}: ${mine.rps} req/s${theirs ? ` vs ${theirs.rps} req/s for @neo4j/graphql` : ""}${mine.errors || theirs?.errors ? ` (errors: ${mine.errors}/${theirs?.errors ?? 0})` : ""}`,
        );
      }
    }
    const [projectStats, peerStats] = await Promise.all([project.stats(), peer.stats()]);
    const memoryUse = {
      projectRss: projectStats.rss,
      peerRss: peerStats.rss,
      projectHeap: projectStats.heapUsed,
      peerHeap: peerStats.heapUsed,
    };
    await stopServers();
    if (!sameStoreCeiling) await db.stop();

    // 8. The ceiling: a plain UNWIND ... CREATE of the same rows into another fresh Neo4j.
    const ceilingEstimate = (rows / Math.max(1000, load.writeRowsPerSecond)) * 1000 * 1.2;
    const allowance = remaining() - (context.last ? 5_000 : 6 * 60_000) - (sameStoreCeiling ? 0 : 25_000);
    if (allowance < Math.min(30_000, ceilingEstimate)) {
      load.ceilingSkipped = `not measured: ${seconds(Math.max(0, remaining()))} s of the time budget were left`;
      skipped.push(`ceiling: ${load.ceilingSkipped}`);
    } else {
      if (sameStoreCeiling) await db.gateway.write("seed/bulk-erase");
      else log(`Scale ${scale}: starting another throwaway Neo4j for the ceiling...`);
      load.ceiling = await ceilingLoad(
        dir,
        settings.batchSize,
        Math.min(allowance, ceilingEstimate * 2),
        sameStoreCeiling ? db : await startBenchNeo4j(memory),
      );
      load.ceiling.sameStore = sameStoreCeiling;
      log(
        `Scale ${scale}: ceiling ${load.ceiling.rowsPerSecond} rows/s (${load.ceiling.rows} of ${load.ceiling.totalRows} rows${load.ceiling.partial ? ", stopped at the time budget" : ""}).`,
      );
    }
    return {
      scale,
      generated,
      graph,
      load,
      boltRoundTrip,
      httpRoundTrip,
      operations,
      pageCost,
      memory: memoryUse,
      analytics,
      skipped,
    };
  } finally {
    await stopServers();
    await db.stop().catch(() => undefined);
  }
}

/** A short description of an answer, to show what each operation returns at this scale. */
function describeAnswer(id: string, data: any, bytes: number): string {
  const size = `${bytes} bytes`;
  switch (id) {
    case "who-signed":
      return `${data.agreement.signatures.length} signatures, ${size}`;
    case "partners":
      return `${data.party.partners.length} partners, ${size}`;
    case "agreements-page":
    case "filtered-page":
      return `${data.agreements.edges.length} of ${data.agreements.totalCount} agreements, ${size}`;
    case "shortest-paths":
      return `${data.shortestPaths.length} paths of length ${data.shortestPaths[0]?.length ?? "-"}, ${size}`;
    case "network":
      return `${data.network.nodes.length} nodes, ${data.network.edges.length} edges, ${size}`;
    case "search":
      return `${data.search.length} hits, ${size}`;
    case "counts":
      return `${data.counts.length} rows, ${size}`;
    default:
      return size;
  }
}

/**
 * Statements and database hits per request. The project's resolvers run in this process over a
 * driver that PROFILEs each statement; so do the peer's and the floor statements.
 */
async function costProbe(db: BenchNeo4j, projectSchema: GraphQLSchema) {
  const timings: Array<{ name: string; ms: number }> = [];
  const timed = new Gateway(db.driver, {
    database: "neo4j",
    catalog: db.catalog,
    readTimeoutMs: BENCH_READ_TIMEOUT_MS,
    onStatementDone: (name, secondsTaken) => timings.push({ name, ms: Math.round(secondsTaken * 10_000) / 10 }),
  });
  const recorder = recordingDriver(db.driver);
  const gateway = new Gateway(recorder.driver, {
    database: "neo4j",
    catalog: db.catalog,
    readTimeoutMs: BENCH_READ_TIMEOUT_MS,
  });
  const typeDefs = fs.readFileSync(path.join(__dirname, "peer", "typeDefs.graphql"), "utf8");
  const peerSchema = await new Neo4jGraphQL({ typeDefs, driver: recorder.driver }).getSchema();
  const execute = async (schema: GraphQLSchema, request: GraphQLRequest, contextValue: object) => {
    recorder.take(true);
    const result = await graphql({ schema, source: request.query, variableValues: request.variables, contextValue });
    const statements = recorder.take(false);
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
    return statements;
  };
  return {
    async project(request: GraphQLRequest) {
      const context = createContext(gateway);
      const statements = await execute(projectSchema, request, context);
      return { statements: context.statements, dbHits: statements.reduce((s, x) => s + (x.dbHits ?? 0), 0) };
    },
    async peer(request: GraphQLRequest) {
      const statements = await execute(peerSchema, request, {});
      return {
        dbHits: statements.reduce((s, x) => s + (x.dbHits ?? 0), 0),
        cypher: statements.map((s) => s.cypher).join("\n;\n"),
      };
    },
    /** The median of three in-process runs: total time, and each statement's. */
    async time(request: GraphQLRequest, times = 3) {
      const runs: Array<{ totalMs: number; statements: Array<{ name: string; ms: number }> }> = [];
      for (let i = 0; i < times; i++) {
        timings.length = 0;
        const t = performance.now();
        const result = await graphql({
          schema: projectSchema,
          source: request.query,
          variableValues: request.variables,
          contextValue: createContext(timed),
        });
        if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
        runs.push({ totalMs: Math.round((performance.now() - t) * 10) / 10, statements: [...timings] });
      }
      return runs.sort((a, b) => a.totalMs - b.totalMs)[Math.floor(times / 2)];
    },
    async floor(statement: string, params: Record<string, unknown>) {
      recorder.take(true);
      await gateway.read(statement, params);
      return recorder.take(false).reduce((s, x) => s + (x.dbHits ?? 0), 0);
    },
  };
}

/**
 * The same rows as the pipeline writes (built the same way, untimed), written by a plain
 * UNWIND ... CREATE in batches of the same size, one transaction each, into a fresh Neo4j with
 * the same schema. Stops at `capMs` of writing, and reports the rate of what it wrote.
 */
async function ceilingLoad(dir: string, batchSize: number, capMs: number, db: BenchNeo4j) {
  try {
    const validator = new ShardValidator(curatedIds());
    const files = findSeedFiles([dir]);
    let written = 0;
    let writeMs = 0;
    let totalRows = 0;
    let partial = false;
    for (const file of files) {
      const { seedFile } = readShard(file);
      const checked = validator.check(seedFile!);
      const { nodes, relationships } = bulkRows(checked.dataset!);
      totalRows += nodes.length + relationships.length;
      if (partial) continue;
      for (const [statement, rows] of [
        ["bench/ceiling-nodes", nodes],
        ["bench/ceiling-relationships", relationships],
      ] as const) {
        for (let start = 0; start < rows.length && !partial; start += batchSize) {
          const t = performance.now();
          const slice = rows.slice(start, start + batchSize);
          await db.gateway.write(statement, { rows: slice });
          writeMs += performance.now() - t;
          written += slice.length;
          if (writeMs > capMs) partial = true;
        }
      }
    }
    return {
      rows: written,
      totalRows,
      seconds: seconds(writeMs),
      rowsPerSecond: Math.round(written / (writeMs / 1000)),
      partial,
    };
  } finally {
    await db.stop();
  }
}

let settings: Settings;
try {
  settings = readSettings(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
}
main(settings).catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
