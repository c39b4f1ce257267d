// npm run loadtest [-- --duration 60 --connections 50 --url http://host:port]: the flags are in USAGE below.
import autocannon from "autocannon";
import { numberFlag, parseCli, UsageError } from "../bench/lib/cli";
import { READ_MIX as OPERATIONS } from "./lib/read-mix";
import { rssOf, startServerProcess } from "./lib/server-process";

const USAGE = `Usage: npm run loadtest [-- --duration 60 --connections 50 --url http://host:port]
  A mix of the benchmark's operations against the real server over HTTP. Without --url it starts
  the built server (dist/) on a throwaway embedded Neo4j with the curated seeds, and measures its memory.
  --duration S      seconds to run (default 60)
  --connections N   concurrent connections (default 50)
  --url URL         an already running server (its base, without /graphql)
  -h, --help        this help`;

/** The flags, checked before anything starts: a bad one is a one-line error, exit 1. */
function readFlags(argv: string[]): { duration: number; connections: number; url?: string } {
  const { values } = parseCli(
    argv,
    {
      duration: { type: "string" },
      connections: { type: "string" },
      url: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    { placeholders: { duration: "S", connections: "N", url: "URL" } },
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
  return { duration, connections, url: values.url };
}

let flags: ReturnType<typeof readFlags>;
try {
  flags = readFlags(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
}
const { duration, connections } = flags;

async function main() {
  const started = flags.url === undefined ? await startServerProcess({ env: { SEED_ON_START: "always" } }) : undefined;
  const url = flags.url ?? started!.url;
  const rssStart = started ? rssOf(started.child.pid!) : undefined;
  console.log(
    `Load test: ${connections} connections for ${duration} s against ${url}/graphql, ${OPERATIONS.length} operations in turn.`,
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
  const rssEnd = started ? rssOf(started.child.pid!) : undefined;
  const errors = result.errors + result.non2xx + result.timeouts + (result.mismatches ?? 0);
  const mb = (bytes?: number) => (bytes === undefined ? "n/a (--url)" : `${(bytes / 1048576).toFixed(0)} MB`);
  console.log(`\n| requests | errors | req/s (mean) | p50 | p99 | server RSS start | server RSS end |`);
  console.log(`|---|---|---|---|---|---|---|`);
  console.log(
    `| ${result.requests.total} | ${errors} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${mb(rssStart)} | ${mb(rssEnd)} |`,
  );
  await started?.stop({ removeHome: true });
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`Load test failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
