// npm run loadtest [-- --duration 60 --connections 50 --cache on --url http://host:port]: the flags are in USAGE below.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import autocannon from "autocannon";
import { numberFlag, parseCli, UsageError } from "../bench/lib/cli";

const USAGE = `Usage: npm run loadtest [-- --duration 60 --connections 50 --cache on --url http://host:port]
  A mix of the benchmark's operations against the real server over HTTP. Without --url it starts
  the built server (dist/) on a throwaway embedded Neo4j with the curated seeds, and measures its memory.
  --duration S      seconds to run, per server (default 60)
  --connections N   concurrent connections (default 50)
  --cache on|off    off (default): one run with the response cache off (RESPONSE_CACHE=off);
                    on: that run, then another on a server with the cache on, side by side
  --url URL         an already running server (its base, without /graphql), measured as it is set up
  -h, --help        this help`;

/** The flags, checked before anything starts: a bad one is a one-line error, exit 1. */
function readFlags(argv: string[]): { duration: number; connections: number; cache: boolean; url?: string } {
  const { values } = parseCli(
    argv,
    {
      duration: { type: "string" },
      connections: { type: "string" },
      url: { type: "string" },
      cache: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    { placeholders: { duration: "S", connections: "N", url: "URL", cache: "on|off" } },
  );
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const duration = numberFlag("--duration", values.duration, 60, {
    what: "a number of seconds above 0",
    example: "60",
    above: 0,
  });
  const connections = numberFlag("--connections", values.connections, 50, {
    what: "a whole number of connections above 0",
    example: "50",
    integer: true,
    above: 0,
  });
  if (values.url !== undefined && !/^https?:\/\/[^/\s]+/.test(values.url)) {
    throw new UsageError(`--url takes the server's base address, such as http://127.0.0.1:4000; got "${values.url}".`);
  }
  if (values.cache !== undefined && values.cache !== "on" && values.cache !== "off") {
    throw new UsageError(`--cache takes on or off; got "${values.cache}".`);
  }
  const cache = values.cache === "on";
  if (cache && values.url !== undefined) {
    throw new UsageError(
      "--cache on starts its own two servers (cache off, then on); with --url, set RESPONSE_CACHE on that server and run without --cache.",
    );
  }
  return { duration, connections, cache, url: values.url };
}

let flags: ReturnType<typeof readFlags>;
try {
  flags = readFlags(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
}
const { duration, connections } = flags;

const OPERATIONS: Array<[string, string]> = [
  ["point lookup", '{ country(code: "IL") { name iso3 region } }'],
  [
    "who signed",
    '{ agreement(id: "us-israel-ai-declaration-2026") { signatures { person { name } capacity onBehalfOf { name } } } }',
  ],
  [
    "partners in a sector",
    '{ country(code: "IL") { partners(sector: "semiconductors") { partner { name } strength } } }',
  ],
  [
    "page of 100 agreements",
    "{ agreements(first: 100) { edges { node { title parties { name } signatures { person { name } } sectors { sector { name } } } } } }",
  ],
  ["shortest paths", '{ shortestPaths(from: "IL", to: "JP") { length steps { from { name } to { name } } } }'],
  ["network depth 2", '{ network(center: "IL", depth: 2) { nodes { id } edges { id } } }'],
  ["search", '{ search(text: "états") { id label } }'],
];

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024;
}

interface Started {
  url: string;
  child: ChildProcess;
  home: string;
}

async function startServer(cache: boolean): Promise<Started> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-loadtest-"));
  const child = spawn(process.execPath, ["dist/src/server/main.js"], {
    env: {
      ...process.env,
      NEO4J_URI: "",
      NEO4J_HOME: home,
      PORT: "0",
      LOG_LEVEL: "warn",
      SEED_ON_START: "always",
      RESPONSE_CACHE: cache ? "on" : "off",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      const ready = /is ready: GraphQL at (http:\/\/\S+)\/graphql/.exec(line);
      if (ready) resolve(ready[1]);
    });
    child.on("exit", (code) => reject(new Error(`the server exited with code ${code} before it was ready`)));
  });
  return { url, child, home };
}

async function stopServer(started: Started): Promise<void> {
  started.child.kill("SIGTERM");
  await new Promise((resolve) => started.child.once("exit", resolve));
  fs.rmSync(started.home, { recursive: true, force: true });
}

/** One run of the mix against `url`: a row of the table, and its error count. */
async function measure(label: string, url: string, pid?: number): Promise<{ row: string; errors: number }> {
  // Each operation once before the clock starts, in both runs: Neo4j plans each statement once,
  // and the cache (when on) holds each answer, so the figures are the steady state a dashboard sees.
  for (const [, query] of OPERATIONS) {
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
  }
  const rssStart = pid === undefined ? undefined : rssOf(pid);
  console.log(
    `Load test (${label}): ${connections} connections for ${duration} s against ${url}/graphql, ${OPERATIONS.length} operations in turn.`,
  );
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration,
    requests: OPERATIONS.map(([, query]) => ({
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    })),
    // A GraphQL answer with `errors` is an error even when the status is 200.
    verifyBody: (body: string) => !body.includes('"errors"'),
  } as autocannon.Options);
  const rssEnd = pid === undefined ? undefined : rssOf(pid);
  const errors = result.errors + result.non2xx + result.timeouts + (result.mismatches ?? 0);
  const mb = (bytes?: number) => (bytes === undefined ? "n/a (--url)" : `${(bytes / 1048576).toFixed(0)} MB`);
  return {
    errors,
    row: `| ${label} | ${result.requests.total} | ${errors} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${mb(rssStart)} | ${mb(rssEnd)} |`,
  };
}

async function main() {
  const rows: string[] = [];
  let errors = 0;
  if (flags.url !== undefined) {
    const run = await measure("as the server is set", flags.url);
    rows.push(run.row);
    errors += run.errors;
  }
  // The cached run answers the same few requests from memory after the first of each: that is
  // what a dashboard polling the same queries sees, and the uncached run is the floor beside it.
  for (const cache of flags.url !== undefined ? [] : flags.cache ? [false, true] : [false]) {
    const started = await startServer(cache);
    try {
      const run = await measure(cache ? "cache on" : "cache off", started.url, started.child.pid!);
      rows.push(run.row);
      errors += run.errors;
    } finally {
      await stopServer(started);
    }
  }
  console.log(
    `\n| response cache | requests | errors | req/s (mean) | p50 | p99 | server RSS start | server RSS end |`,
  );
  console.log(`|---|---|---|---|---|---|---|---|`);
  rows.forEach((row) => console.log(row));
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`Load test failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
