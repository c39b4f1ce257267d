// npm run soak [-- --minutes 10 --connections 50 --log FILE]: the flags are in USAGE below.
import fs from "node:fs";
import path from "node:path";
import { numberFlag, parseCli, UsageError } from "../bench/lib/cli";
import { hashApiKey } from "../src/server/api-keys";
import { READ_MIX } from "./lib/read-mix";
import { rssOf, startServerProcess } from "./lib/server-process";

const USAGE = `Usage: npm run soak [-- --minutes 10 --connections 50 --log FILE]
  Starts the built server (dist/) on a throwaway embedded Neo4j with the curated seeds, then for
  the given minutes sends the load test's reads on N connections and, at the same time, a stream
  of keyed edits. Each minute it prints (and logs as a JSON line) the requests, errors, p50 and
  p99 latency, and the RSS of the API process and of the Neo4j process. At the end it checks that
  every acknowledged edit is in the graph and audited. Exit 0 only with no error and no lost edit.
  --minutes M       how long (default 10)
  --connections N   concurrent read connections (default 50)
  --log FILE        the per-minute log (default bench/results/soak-<UTC day>.jsonl)
  -h, --help        this help`;

const EDIT_KEY = "soak-editor-key";
const EDIT_PAUSE_MS = 100;
const UPSERT = `mutation($input: SourceInput!) { upsertSource(input: $input) { source { id } } }`;

interface Minute {
  minute: number;
  reads: number[];
  readErrors: number;
  edits: number[];
  editErrors: number;
}

function readFlags(argv: string[]) {
  const { values } = parseCli(
    argv,
    {
      minutes: { type: "string" },
      connections: { type: "string" },
      log: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    { placeholders: { minutes: "M", connections: "N", log: "FILE" } },
  );
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    minutes: numberFlag("--minutes", values.minutes, 10, {
      what: "a number of minutes above 0",
      example: "10",
      above: 0,
    }),
    connections: numberFlag("--connections", values.connections, 50, {
      what: "a whole number of connections above 0",
      example: "50",
      integer: true,
      above: 0,
    }),
    log: values.log ?? path.join("bench", "results", `soak-${new Date().toISOString().slice(0, 10)}.jsonl`),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function post(url: string, query: string, variables: object = {}, key?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key && { authorization: `Bearer ${key}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (response.status !== 200 || body.errors) throw new Error(JSON.stringify(body.errors ?? response.status));
  return body.data;
}

/** Every id a paged connection of the API lists (`sources` or `auditTrail`), by its `pick`. */
async function listAll(url: string, field: string, pick: string): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const data: any = await post(
      url,
      `query($after: String) { ${field}(first: 100, after: $after) { edges { node { ${pick} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    ids.push(...data[field].edges.map((e: any) => e.node[pick]));
    if (!data[field].pageInfo.hasNextPage) return ids;
    after = data[field].pageInfo.endCursor;
  }
}

async function main() {
  const flags = readFlags(process.argv.slice(2));
  console.log("Starting the server on a throwaway embedded Neo4j with the curated seeds...");
  const server = await startServerProcess({
    env: { SEED_ON_START: "always", API_KEYS: `soak:${hashApiKey(EDIT_KEY)}` },
  });
  const neo4jPid = server.neo4jPid;
  if (!neo4jPid) throw new Error("the server's embedded Neo4j process was not found");
  // A cold JVM plans each statement slowly: one pass over the reads first, outside the figures.
  for (const [name, query] of READ_MIX)
    await post(server.url, query).catch((error) => console.log(`warm-up: ${name} failed (${error})`));
  fs.mkdirSync(path.dirname(flags.log), { recursive: true });
  const log = fs.createWriteStream(flags.log);
  const started = Date.now();
  const endAt = started + flags.minutes * 60_000;
  const minutes: Minute[] = [];
  const bucket = () => {
    // Requests still in flight at the end count in the last minute.
    const minute = Math.min(Math.floor((Date.now() - started) / 60_000) + 1, Math.ceil(flags.minutes));
    while (minutes.length < minute)
      minutes.push({ minute: minutes.length + 1, reads: [], readErrors: 0, edits: [], editErrors: 0 });
    return minutes[minute - 1];
  };
  const acknowledged: string[] = [];
  const errorKinds = new Map<string, number>();
  const timed = async (record: (ms: number) => void, fail: (error: unknown) => void, work: () => Promise<unknown>) => {
    const t = performance.now();
    try {
      await work();
      record(performance.now() - t);
    } catch (error) {
      fail(error);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const kind = `${String(error).slice(0, 160)}${cause ? ` (${cause.code ?? cause.message})` : ""}`;
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    }
  };

  const reader = async (c: number) => {
    for (let i = c; Date.now() < endAt; i++) {
      const [, query] = READ_MIX[i % READ_MIX.length];
      await timed(
        (ms) => bucket().reads.push(ms),
        () => bucket().readErrors++,
        () => post(server.url, query),
      );
    }
  };
  const editor = async () => {
    for (let n = 0; Date.now() < endAt; n++) {
      const id = `soak-${started}-${n}`;
      const input = {
        id,
        title: `Soak test source ${n}`,
        url: `https://example.org/soak/${n}`,
        publishedOn: "2026-12",
      };
      await timed(
        (ms) => {
          bucket().edits.push(ms);
          acknowledged.push(id);
        },
        () => bucket().editErrors++,
        () => post(server.url, UPSERT, { input }, EDIT_KEY),
      );
      await new Promise((resolve) => setTimeout(resolve, EDIT_PAUSE_MS));
    }
  };

  const rows: Array<Record<string, number>> = [];
  const report = (m: Minute) => {
    const reads = [...m.reads].sort((a, b) => a - b);
    const edits = [...m.edits].sort((a, b) => a - b);
    const row = {
      minute: m.minute,
      reads: reads.length,
      readErrors: m.readErrors,
      readP50Ms: Math.round(percentile(reads, 50)),
      readP99Ms: Math.round(percentile(reads, 99)),
      edits: edits.length,
      editErrors: m.editErrors,
      editP50Ms: Math.round(percentile(edits, 50)),
      editP99Ms: Math.round(percentile(edits, 99)),
      apiRssMb: Math.round(rssOf(server.child.pid!) / 1048576),
      neo4jRssMb: Math.round(rssOf(neo4jPid) / 1048576),
    };
    rows.push(row);
    log.write(`${JSON.stringify(row)}\n`);
    console.log(
      Object.entries(row)
        .map(([k, v]) => `${k} ${v}`)
        .join(", "),
    );
  };
  const ticker = setInterval(() => {
    const done = Math.floor((Date.now() - started) / 60_000);
    if (done > rows.length && done < Math.ceil(flags.minutes) && minutes[rows.length]) report(minutes[rows.length]);
  }, 1000);

  console.log(
    `Soak: ${flags.connections} read connections and a stream of keyed edits for ${flags.minutes} min against ${server.url}.`,
  );
  await Promise.all([...Array.from({ length: flags.connections }, (_, c) => reader(c)), editor()]);
  clearInterval(ticker);
  for (const m of minutes.slice(rows.length)) if (m.reads.length + m.edits.length > 0) report(m);

  console.log("Checking that every acknowledged edit is in the graph and audited...");
  const present = new Set(await listAll(server.url, "sources", "id"));
  const audited = new Set(await listAll(server.url, "auditTrail", "target"));
  const lost = acknowledged.filter((id) => !present.has(id) || !audited.has(id));
  const errors = rows.reduce((sum, r) => sum + r.readErrors + r.editErrors, 0);
  const drift = (key: string) => {
    const base = rows[0][key];
    return Math.max(...rows.map((r) => Math.abs(r[key] - base) / base));
  };
  const summary = {
    summary: true,
    minutes: rows.length,
    connections: flags.connections,
    reads: rows.reduce((s, r) => s + r.reads, 0),
    edits: acknowledged.length,
    errors,
    lostEdits: lost.length,
    apiRssDriftPercent: Math.round(drift("apiRssMb") * 100),
    neo4jRssDriftPercent: Math.round(drift("neo4jRssMb") * 100),
    errorKinds: Object.fromEntries(errorKinds),
  };
  log.write(`${JSON.stringify(summary)}\n`);
  log.end();
  console.log(JSON.stringify(summary, null, 2));
  console.log(`Per-minute log: ${flags.log}`);
  await server.stop({ removeHome: true });
  process.exit(errors === 0 && lost.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(
    error instanceof UsageError ? error.message : `Soak failed: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
