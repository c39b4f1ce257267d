import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import * as undici from "undici";
import { SERVER_NODE_FLAGS } from "../../src/server/node-flags";
import type { GraphQLRequest } from "../operations";

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
  };
}

export interface LatencyPlan {
  warmup: number;
  samples: number;
  /** Stop sampling after this long (all series together), once `minSamples` rounds are in. */
  capMs: number;
  minSamples: number;
  /** Warm-up rounds always run, even when one round outlasts the warm-up's share of the cap. */
  minWarmup: number;
}

/**
 * Latency of several ways of doing one thing, measured in rounds (each series once per round, in
 * turn) so that a change in the machine's background load touches every series alike.
 */
export async function measureInterleaved(
  series: Record<string, () => Promise<unknown>>,
  plan: LatencyPlan,
): Promise<Record<string, Latency>> {
  const names = Object.keys(series);
  const warming = performance.now();
  for (let i = 0; i < plan.warmup; i++) {
    if (i >= plan.minWarmup && performance.now() - warming > plan.capMs / 4) break;
    for (const name of names) await series[name]();
  }
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const started = performance.now();
  for (let round = 0; round < plan.samples; round++) {
    if (round >= plan.minSamples && performance.now() - started > plan.capMs) break;
    for (const name of names) {
      const t = performance.now();
      await series[name]();
      samples[name].push(performance.now() - t);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])]));
}

export interface GraphQLAnswer {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  bytes: number;
}

/**
 * One GraphQL request over HTTP (keep-alive); the answer with its size. Through undici's `request`,
 * the same for both servers: the global `fetch` (undici's WHATWG streams) spends about 0.2 ms of the
 * client's own CPU per request on this machine, which is the client's cost, not the server's.
 */
export async function postGraphQL(url: string, request: GraphQLRequest): Promise<GraphQLAnswer> {
  const response = await undici.request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const text = await response.body.text();
  const body = JSON.parse(text) as GraphQLAnswer;
  if (response.statusCode !== 200 && !body.errors) body.errors = [{ message: `HTTP ${response.statusCode}` }];
  return { ...body, bytes: text.length };
}

/** Fails when an answer has errors: a benchmark of failing requests measures nothing. */
export async function postOk(url: string, request: GraphQLRequest): Promise<GraphQLAnswer> {
  const answer = await postGraphQL(url, request);
  if (answer.errors?.length)
    throw new Error(
      `${url}: ${answer.errors.map((e) => `${e.message} (${e.extensions?.code ?? "no code"})`).join("; ")}`,
    );
  return answer;
}

export interface Throughput {
  connections: number;
  seconds: number;
  requests: number;
  /** Requests per second, averaged over the run. */
  rps: number;
  p50: number;
  p99: number;
  /** Non-200 answers, answers holding `errors`, socket errors and timeouts. */
  errors: number;
  /** The first few failed answers (status and the start of the body), to say what the errors were. */
  errorSamples?: string[];
  /** Fewer answers than connections came back in the time: each request took longer than the run. */
  saturated: boolean;
  /** Seconds waited before the run for the previous run's requests to drain out of Neo4j. */
  drained: number;
  /** CPU seconds per wall second (1.0 = one core busy) of each process during the run. */
  cpu: { server: number; neo4j: number; client: number };
}

const MAX_ERROR_SAMPLES = 3;

/** Fixed concurrency for a fixed time with autocannon; an answer with `errors` counts as an error. */
export async function measureThroughput(
  url: string,
  request: GraphQLRequest,
  options: { connections: number; seconds: number; serverCpu: () => Promise<number>; neo4jCpu: () => number },
): Promise<Throughput> {
  let errors = 0;
  const errorSamples: string[] = [];
  const drained = await waitForIdle(options.neo4jCpu);
  const [server0, neo0, client0, t0] = [
    await options.serverCpu(),
    options.neo4jCpu(),
    process.cpuUsage(),
    performance.now(),
  ];
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
        onResponse: (status: number, body: string) => {
          if (status === 200 && !body.includes('"errors":[')) return;
          errors++;
          if (errorSamples.length < MAX_ERROR_SAMPLES) errorSamples.push(`HTTP ${status}: ${body.slice(0, 300)}`);
        },
      },
    ],
  } as autocannon.Options);
  const wall = (performance.now() - t0) / 1000;
  const client = process.cpuUsage(client0);
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    rps: Math.round((result.requests.total / options.seconds) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errors + result.errors + result.timeouts,
    errorSamples: [
      ...errorSamples,
      ...(result.errors > 0 ? [`${result.errors} socket error(s)`] : []),
      ...(result.timeouts > 0 ? [`${result.timeouts} timeout(s) of 30 s`] : []),
    ],
    saturated: result.requests.total < options.connections,
    drained,
    cpu: {
      server: round2(((await options.serverCpu()) - server0) / wall),
      neo4j: round2((options.neo4jCpu() - neo0) / wall),
      client: round2((client.user + client.system) / 1e6 / wall),
    },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * autocannon stops at its duration, but the requests still in flight go on in the server and in
 * Neo4j: waits (at most `maxMs`) until Neo4j has been nearly idle for two quarter-seconds in a row,
 * so that one run's leftovers never slow the next. Returns the seconds waited.
 */
export async function waitForIdle(neo4jCpu: () => number, maxMs = 60_000): Promise<number> {
  const started = performance.now();
  let quiet = 0;
  while (quiet < 2 && performance.now() - started < maxMs) {
    const before = neo4jCpu();
    await new Promise((resolve) => setTimeout(resolve, 250));
    quiet = neo4jCpu() - before < 0.05 ? quiet + 1 : 0;
  }
  return round2((performance.now() - started) / 1000);
}

export interface ServerStats {
  rss: number;
  heapUsed: number;
  cpuSeconds: number;
}

export interface BenchServer {
  url: string;
  pid: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

/**
 * Starts bench/serve.ts in its own Node process (TypeScript through tsx), with NODE_ENV=production
 * as `npm start` sets it, for both servers: graphql-js otherwise runs its development-only checks
 * (a cross-realm test on every failed type check, 11% of a network answer's CPU).
 */
export function startServer(mode: "project" | "peer" | "bare", boltUri: string): Promise<BenchServer> {
  const child: ChildProcess = fork(path.join(__dirname, "..", "serve.ts"), [mode, boltUri], {
    // The project's server with npm start's V8 flags; the peer as a user would run it, without.
    execArgv: ["--import", "tsx", ...(mode === "project" ? SERVER_NODE_FLAGS : [])],
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The ${mode} server did not start within 120 s.`)), 120_000);
    child.once("exit", (code) => reject(new Error(`The ${mode} server exited with code ${code} before it listened.`)));
    child.on("message", function ready(message: { type: string; port?: number }) {
      if (message.type !== "ready") return;
      clearTimeout(timer);
      child.off("message", ready);
      resolve({
        url: `http://127.0.0.1:${message.port}/graphql`,
        pid: child.pid ?? -1,
        stats: () =>
          new Promise<ServerStats>((answer) => {
            const listen = (m: { type: string } & ServerStats) => {
              if (m.type !== "stats") return;
              child.off("message", listen);
              answer({ rss: m.rss, heapUsed: m.heapUsed, cpuSeconds: m.cpuSeconds });
            };
            child.on("message", listen);
            child.send({ type: "stats" });
          }),
        async stop() {
          if (child.exitCode === null) child.send({ type: "stop" });
          const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
          await exited;
          clearTimeout(timeout);
        },
      });
    });
  });
}
