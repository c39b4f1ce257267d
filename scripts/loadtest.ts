// npm run loadtest [-- --duration 60 --warmup 30 --connections 50 --cache on --url http://host:port]: the flags are in USAGE below.
import autocannon from "autocannon";
import { numberFlag, parseCli, UsageError } from "../bench/lib/cli";
import { READ_MIX as OPERATIONS } from "./lib/read-mix";
import { rssOf, startServerProcess } from "./lib/server-process";

const USAGE = `Usage: npm run loadtest [-- --duration 60 --warmup 30 --connections 50 --cache on --url http://host:port]
  A mix of the benchmark's operations against the real server over HTTP. Without --url it starts
  the built server (dist/) on a throwaway embedded Neo4j with the curated seeds, and measures its memory.
  --duration S      seconds measured, per server (default 60)
  --warmup S        seconds of the same load before the measured ones, not counted (default 30; 0: none)
  --connections N   concurrent connections (default 50)
  --cache on|off    off (default): one run with the response cache off (RESPONSE_CACHE=off);
                    on: that run, then another on a server with the cache on, side by side
  --url URL         an already running server (its base, without /graphql), measured as it is set up
  -h, --help        this help`;

/** The flags, checked before anything starts: a bad one is a one-line error, exit 1. */
function readFlags(argv: string[]): {
  duration: number;
  warmup: number;
  connections: number;
  cache: boolean;
  url?: string;
} {
  const { values } = parseCli(
    argv,
    {
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      url: { type: "string" },
      cache: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    { placeholders: { duration: "S", warmup: "S", connections: "N", url: "URL", cache: "on|off" } },
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
  const warmup = numberFlag("--warmup", values.warmup, 30, {
    what: "a whole number of seconds, 0 or more",
    example: "30",
    integer: true,
    above: -1,
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
  return { duration, warmup, connections, cache, url: values.url };
}

let flags: ReturnType<typeof readFlags>;
try {
  flags = readFlags(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
}
const { duration, warmup, connections } = flags;

/** Each operation of the mix as the POST request that sends it. */
const REQUESTS = OPERATIONS.map(([, query]) => ({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query }),
}));

/** The mix on `connections` connections for `seconds`, with autocannon. */
const runMix = (url: string, seconds: number) =>
  autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: REQUESTS,
    // A GraphQL answer with `errors` is an error even when the status is 200.
    verifyBody: (body: string) => !body.includes('"errors"'),
  } as autocannon.Options);

/** Answers that failed: socket errors, non-2xx, timeouts, and answers holding `errors`. */
const failures = (result: autocannon.Result) =>
  result.errors + result.non2xx + result.timeouts + (result.mismatches ?? 0);

/** One run of the mix against `url`: a row of the table, and its error count. */
async function measure(label: string, url: string, pid?: number): Promise<{ row: string; errors: number }> {
  // Each operation once before the clock starts, in both runs: Neo4j plans each statement once,
  // and the cache (when on) holds each answer, so the figures are the steady state a dashboard sees.
  for (const { method, path, headers, body } of REQUESTS) await fetch(`${url}${path}`, { method, headers, body });
  // Then the same load, not counted: a fresh Neo4j runs its statements interpreted until the JVM
  // has compiled them, several times slower for the first tens of seconds.
  if (warmup > 0) {
    console.log(`Warm-up (${label}): ${connections} connections for ${warmup} s, not counted...`);
    const warm = await runMix(url, warmup);
    const failed = failures(warm);
    console.log(
      `  ${warm.requests.average.toFixed(0)} req/s, p50 ${warm.latency.p50} ms, p99 ${warm.latency.p99} ms, ${failed} errors (not counted)`,
    );
  }
  const rssStart = pid === undefined ? undefined : rssOf(pid);
  console.log(
    `Load test (${label}): ${connections} connections for ${duration} s against ${url}/graphql, ${OPERATIONS.length} operations in turn.`,
  );
  const result = await runMix(url, duration);
  const rssEnd = pid === undefined ? undefined : rssOf(pid);
  const errors = failures(result);
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
    const started = await startServerProcess({
      env: { SEED_ON_START: "always", RESPONSE_CACHE: cache ? "on" : "off" },
    });
    try {
      const run = await measure(cache ? "cache on" : "cache off", started.url, started.child.pid!);
      rows.push(run.row);
      errors += run.errors;
    } finally {
      await started.stop({ removeHome: true });
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
