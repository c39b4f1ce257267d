import fs from "node:fs";
import path from "node:path";
import { int, ms } from "./lib/format";
import type { BenchResults, OperationResult, ScaleResult } from "./lib/result";
import { NOTES } from "./notes";

/**
 * The latency bound of an operation (issue #12): its raw Cypher floor + 2 ms, or 1.3x the floor
 * where the floor exceeds 10 ms (read so: for a floor above 10 ms, floor + 2 ms would be the
 * stricter of the two and make the 1.3x clause void).
 */
export const latencyBound = (floorMs: number) => (floorMs > 10 ? 1.3 * floorMs : floorMs + 2);
const boundText = (floorMs: number) => (floorMs > 10 ? "1.3x the floor" : "the floor + 2 ms");
/** Throughput at least the peer's (the aim is 1.5x). */
export const THROUGHPUT_TARGET = 1;
export const THROUGHPUT_AIM = 1.5;
export const WRITE_TARGET = 0.5;
/** The partners query at scale 5, p50. */
export const PARTNERS_SCALE_5_MS = 150;

const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : "–");
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
/** Requests per second, or what a run in which too few requests finished can say. */
const rps = (t: { rps: number; requests: number; seconds: number; connections: number; saturated: boolean }) =>
  t.requests === 0
    ? `< ${(1 / t.seconds).toFixed(2)} (none of ${t.connections} finished in ${t.seconds} s)`
    : t.saturated
      ? `${t.rps} (only ${t.requests} of ${t.connections} finished)`
      : int(t.rps);
const verdict = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "**met**" : "**missed**");

interface TargetRow {
  /** latency:<operation>, throughput:<operation>, load:write, page:statements, page:dbhits */
  key: string;
  target: string;
  scale: number;
  measured: string;
  met: boolean | undefined;
  note?: string;
}

const noteFor = (key: string, scale: ScaleResult, op?: OperationResult) => NOTES[key]?.({ scale, op });
/** CPU milliseconds a server spent per request during a throughput run. */
export const serverCpuMs = (t: { rps: number; cpu: { server: number } }) =>
  t.rps > 0 ? (t.cpu.server / t.rps) * 1000 : NaN;

/** Every target checked against every scale measured. */
export function evaluateTargets(results: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const s of results.scales) {
    for (const op of s.operations) {
      const { project, floor } = { project: op.latency.project.p50, floor: op.latency.floor.p50 };
      const bound = latencyBound(floor);
      rows.push({
        key: `latency:${op.id}`,
        target: `${op.title}: GraphQL p50 ≤ ${boundText(floor)} (raw Cypher p50 ${ms(floor)} ms: ≤ ${ms(bound)} ms)`,
        scale: s.scale,
        measured: `${ms(project)} vs ${ms(floor)} ms = ${ratio(project / floor)}, ${project >= floor ? "+" : "−"}${ms(Math.abs(project - floor))} ms`,
        met: project <= bound,
        note: project <= bound ? undefined : noteFor(`latency:${op.id}`, s, op),
      });
    }
    const many = s.operations.filter((o) => o.cost.statements.length !== 1);
    rows.push({
      key: "statements",
      target: "1 statement per request, for every operation",
      scale: s.scale,
      measured:
        many.length === 0
          ? `1 for all ${s.operations.length}`
          : many.map((o) => `${o.id}: ${o.cost.statements.length}`).join(", "),
      met: many.length === 0,
    });
    const partners = s.operations.find((o) => o.id === "partners");
    if (s.scale === 5 && partners)
      rows.push({
        key: "partners:scale-5",
        target: `${partners.title} at scale 5: GraphQL p50 < ${PARTNERS_SCALE_5_MS} ms`,
        scale: s.scale,
        measured: `${ms(partners.latency.project.p50)} ms`,
        met: partners.latency.project.p50 < PARTNERS_SCALE_5_MS,
        note: partners.latency.project.p50 < PARTNERS_SCALE_5_MS ? undefined : noteFor("latency:partners", s, partners),
      });
    for (const op of s.operations.filter((o) => o.latency.peer)) {
      const t = op.throughput;
      const r = t?.peer ? t.project.rps / t.peer.rps : NaN;
      const met = t?.peer ? r >= THROUGHPUT_TARGET && t.project.errors === 0 : undefined;
      rows.push({
        key: `throughput:${op.id}`,
        target: `${op.title}: throughput ≥ @neo4j/graphql's (aim ${THROUGHPUT_AIM}x)`,
        scale: s.scale,
        measured: t?.peer ? `${rps(t.project)} vs ${rps(t.peer)} req/s = ${ratio(r)}` : "not measured",
        met,
        note: met === false ? noteFor(`throughput:${op.id}`, s, op) : undefined,
      });
      const cpu = t?.peer ? [serverCpuMs(t.project), serverCpuMs(t.peer)] : undefined;
      const cheaper = cpu && Number.isFinite(cpu[0]) && Number.isFinite(cpu[1]) ? cpu[0] < cpu[1] : undefined;
      rows.push({
        key: `cpu:${op.id}`,
        target: `${op.title}: server CPU per request < @neo4j/graphql's`,
        scale: s.scale,
        measured: cpu ? `${ms(cpu[0])} vs ${ms(cpu[1])} ms = ${ratio(cpu[0] / cpu[1])}` : "not measured",
        met: cheaper,
        note: cheaper === false ? noteFor(`cpu:${op.id}`, s, op) : undefined,
      });
    }
    const ceiling = s.load.ceiling;
    const writeMet = ceiling ? s.load.writeRowsPerSecond / ceiling.rowsPerSecond >= WRITE_TARGET : undefined;
    rows.push({
      key: "load:write",
      target: `write step ≥ ${WRITE_TARGET}x the UNWIND ... CREATE ceiling`,
      scale: s.scale,
      measured: ceiling
        ? `${int(s.load.writeRowsPerSecond)} vs ${int(ceiling.rowsPerSecond)} rows/s = ${ratio(s.load.writeRowsPerSecond / ceiling.rowsPerSecond)}`
        : (s.load.ceilingSkipped ?? "not measured"),
      met: writeMet,
      note: writeMet === false ? noteFor("load:write", s) : undefined,
    });
    const [small, large] = [s.pageCost[0], s.pageCost.at(-1)!];
    if (small && large && small !== large) {
      rows.push({
        key: "page:statements",
        target: `statements per request equal for pages of ${small.first} and ${large.first}`,
        scale: s.scale,
        measured: `${small.statements} and ${large.statements}`,
        met: small.statements === large.statements,
      });
      const growth = large.projectDbHits / small.projectDbHits;
      rows.push({
        key: "page:dbhits",
        target: `database hits grow no faster than the page (${small.first} → ${large.first}: ≤ ${large.first / small.first}x)`,
        scale: s.scale,
        measured: `${int(small.projectDbHits)} → ${int(large.projectDbHits)} = ${ratio(growth)}`,
        met: growth <= large.first / small.first,
        note: growth <= large.first / small.first ? undefined : noteFor("page:dbhits", s),
      });
    }
  }
  return rows;
}

function loadTable(scales: ScaleResult[]): string[] {
  const lines = [
    "| scale | nodes + relationships written | whole pipeline | parse / validate / rows / write (s) | write step | UNWIND ... CREATE ceiling | write ÷ ceiling |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const s of scales) {
    const p = s.load.pipeline;
    const c = s.load.ceiling;
    lines.push(
      `| ${s.scale} | ${int(p.nodes)} + ${int(p.relationships)} | ${int(s.load.pipelineRowsPerSecond)} rows/s (${(p.ms.total / 1000).toFixed(0)} s) | ${[p.ms.parse, p.ms.validate, p.ms.rows, p.ms.write].map((x) => (x / 1000).toFixed(1)).join(" / ")} | ${int(s.load.writeRowsPerSecond)} rows/s | ${c ? `${int(c.rowsPerSecond)} rows/s${c.partial ? ` (first ${int(c.rows)} of ${int(c.totalRows)} rows)` : ""}${c.sameStore ? " (in the same Neo4j after erasing the pipeline's rows: a warm JVM, which flatters the ceiling)" : ""}` : (s.load.ceilingSkipped ?? "–")} | ${c ? ratio(s.load.writeRowsPerSecond / c.rowsPerSecond) : "–"} |`,
    );
  }
  return lines;
}

function latencyTable(s: ScaleResult): string[] {
  const lines = [
    `Scale ${s.scale} (${int(s.graph.nodes)} nodes, ${int(s.graph.relationships)} relationships). Bolt round trip (\`RETURN 1\`): p50 ${ms(s.boltRoundTrip.p50)} ms, p99 ${ms(s.boltRoundTrip.p99)} ms.${s.httpRoundTrip ? ` HTTP round trip to node:http alone in its own process (the hop a GraphQL request adds to its statement's): p50 ${ms(s.httpRoundTrip.p50)} ms, p99 ${ms(s.httpRoundTrip.p99)} ms.` : ""}`,
    "",
    "| operation | GraphQL p50 / p99 | raw Cypher p50 / p99 | GraphQL ÷ Cypher (target) | @neo4j/graphql p50 / p99 | statements | database hits: project / Cypher / peer | answer |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const op of s.operations) {
    const { project, floor, peer } = op.latency;
    lines.push(
      `| ${op.title} | ${ms(project.p50)} / ${ms(project.p99)} | ${ms(floor.p50)} / ${ms(floor.p99)} | ${ratio(project.p50 / floor.p50)} (≤ ${ms(latencyBound(floor.p50))} ms) | ${peer ? `${ms(peer.p50)} / ${ms(peer.p99)}` : "not expressible"} | ${op.cost.statements.length} | ${int(op.cost.projectDbHits)} / ${int(op.cost.floorDbHits)} / ${int(op.cost.peerDbHits)} | ${op.answer.project} |`,
    );
  }
  lines.push("", `Samples per series: ${s.operations.map((o) => `${o.id} ${o.latency.project.n}`).join(", ")}.`);
  for (const op of s.operations) {
    for (const w of op.whatIf ?? [])
      lines.push(
        "",
        `What-if, ${op.title}: ${w.label}: p50 ${ms(w.latency.p50)} ms, p99 ${ms(w.latency.p99)} ms, ${int(w.dbHits)} database hits.`,
      );
  }
  lines.push(
    "",
    "Where the project's time goes: each request run in the benchmark's process (no HTTP), the median of three runs (one with --quick); each statement's time as the Gateway measures it, in the order sent (statements a DataLoader sends together overlap).",
    "",
    "| operation | GraphQL over HTTP p50 | in process | statements (ms) |",
    "|---|---|---|---|",
    ...s.operations.map(
      (op) =>
        `| ${op.title} | ${ms(op.latency.project.p50)} | ${ms(op.breakdown?.totalMs)} | ${op.breakdown?.statements.map((x) => `${x.name} ${ms(x.ms)}`).join(", ") ?? "–"} |`,
    ),
  );
  return lines;
}

function throughputTable(scales: ScaleResult[]): string[] {
  const lines = [
    "| scale | operation | project req/s (p50 / p99 ms) | @neo4j/graphql req/s (p50 / p99 ms) | project ÷ peer | errors (project / peer) | CPU cores busy: server / Neo4j / load generator (project) |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const s of scales) {
    for (const op of s.operations) {
      const t = op.throughput;
      if (!t) continue;
      lines.push(
        `| ${s.scale} | ${op.title} | ${rps(t.project)} (${ms(t.project.p50)} / ${ms(t.project.p99)}) | ${t.peer ? `${rps(t.peer)} (${ms(t.peer.p50)} / ${ms(t.peer.p99)})` : "not expressible"} | ${t.peer && t.peer.rps > 0 ? ratio(t.project.rps / t.peer.rps) : "–"} | ${t.project.errors} / ${t.peer?.errors ?? "–"} | ${t.project.cpu.server} / ${t.project.cpu.neo4j} / ${t.project.cpu.client} |`,
      );
    }
  }
  const failed = scales.flatMap((s) =>
    s.operations.flatMap((op) =>
      (["project", "peer"] as const).flatMap((who) => {
        const t = op.throughput?.[who];
        return t?.errors
          ? [
              `- scale ${s.scale}, ${op.title}, ${who}: ${t.errors} failed (${(t.errorSamples ?? []).join("; ") || "no sample kept"})`,
            ]
          : [];
      }),
    ),
  );
  if (failed.length > 0) lines.push("", "Failed answers under load:", ...failed);
  return lines;
}

function growthTable(scales: ScaleResult[]): string[] {
  if (scales.length < 2) return ["(one scale measured: no growth to show)"];
  const [a, b] = [scales[0], scales.at(-1)!];
  const lines = [
    `| operation | GraphQL p50 at ${a.scale} → ${b.scale} (ms) | growth | raw Cypher p50 at ${a.scale} → ${b.scale} | database hits at ${a.scale} → ${b.scale} |`,
    "|---|---|---|---|---|",
  ];
  for (const op of a.operations) {
    const other = b.operations.find((o) => o.id === op.id);
    if (!other) continue;
    lines.push(
      `| ${op.title} | ${ms(op.latency.project.p50)} → ${ms(other.latency.project.p50)} | ${ratio(other.latency.project.p50 / op.latency.project.p50)} | ${ms(op.latency.floor.p50)} → ${ms(other.latency.floor.p50)} | ${int(op.cost.projectDbHits)} → ${int(other.cost.projectDbHits)} |`,
    );
  }
  return lines;
}

function pageTable(scales: ScaleResult[]): string[] {
  const lines = [
    "| scale | page size | statements (project) | database hits: project / raw Cypher / @neo4j/graphql |",
    "|---|---|---|---|",
  ];
  for (const s of scales)
    for (const p of s.pageCost)
      lines.push(
        `| ${s.scale} | ${p.first} | ${p.statements} | ${int(p.projectDbHits)} / ${int(p.floorDbHits)} / ${int(p.peerDbHits)} |`,
      );
  return lines;
}

function analyticsTable(scales: ScaleResult[]): string[] {
  const measured = scales.filter((s) => s.analytics);
  if (measured.length === 0) return ["Not measured in this run."];
  return [
    "Cold: the first request for a day (party-hubs read, links, GDS projection, algorithm); warm: the median of 5 more on the cached projection.",
    "",
    "| scale | centrality cold / warm (ms) | blocs cold / warm (ms) | modularity | blocs |",
    "|---|---|---|---|---|",
    ...measured.map(
      ({ scale, analytics: a }) =>
        `| ${scale} | ${a!.centrality.coldMs} / ${a!.centrality.warmMs} | ${a!.blocs.coldMs} / ${a!.blocs.warmMs} | ${a!.blocs.modularity.toFixed(3)} | ${a!.blocs.blocs} |`,
    ),
  ];
}

/** Writes NAME.md and NAME.json into `dir`; returns the markdown. */
export function writeReport(results: BenchResults, dir: string, name: string): string {
  const m = results.machine as Record<string, any>;
  const targets = evaluateTargets(results);
  const missed = targets.filter((t) => t.met === false);
  // One note per target, from the largest scale that missed it (later rows overwrite earlier ones).
  // ...and each text once (an operation's throughput and CPU targets share theirs).
  const notes = [...new Set(new Map(missed.filter((t) => t.note).map((t) => [t.key, t.note!])).values())];
  const lines: string[] = [
    `# Alliance Graph benchmark: ${name === "quick" ? "quick look" : "latest results"}`,
    "",
    `Run ${results.startedAt} (${results.seconds} s, \`npm run bench${results.settings.quick ? " -- --quick" : ""}\`), scales ${results.settings.scales.join(" and ")}, seed ${results.settings.seed}. ` +
      `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; Neo4j Community 5.26 embedded (heap 4g, page cache 4g); ` +
      Object.entries(m.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ") +
      ". " +
      `Load average at start ${m.loadAverageAtStart?.join(" ")}, at end ${m.loadAverageAtEnd?.join(" ")} (other work on the machine slows every series alike; latency series are interleaved for that reason).`,
    "",
    "Method: each scale gets its own throwaway Neo4j in a temporary folder, with the project's schema and the curated seeds; the synthetic shards (`bench/work/scale-N`, from `npm run bench:generate`) go through the bulk pipeline (`src/seed/bulk-load.ts`). " +
      "The two GraphQL servers run in their own processes (the project's `createApp`; @neo4j/graphql 7 on the same Apollo Server 5 and express 5), neither with a response cache, both as `npm start` runs: NODE_ENV=production, no source-mapped stack traces. " +
      `Latency: ${results.settings.latency.warmup} warm-up rounds, then up to ${results.settings.latency.samples} rounds of GraphQL (undici's \`request\`, keep-alive) / raw Cypher (\`cypher/bench/\`, through the same driver) / @neo4j/graphql, one request at a time. ` +
      `Throughput: autocannon, ${results.settings.throughput.connections} connections for ${results.settings.throughput.seconds} s per operation; an answer with \`errors\` counts as an error. ` +
      "Database hits: PROFILE of every statement a request runs. The ceiling: the same rows, `UNWIND ... CREATE` in batches of the same size into another fresh Neo4j.",
    "",
    "## Targets",
    "",
    "| target | scale | measured | verdict |",
    "|---|---|---|---|",
    ...targets.map((t) => `| ${t.target} | ${t.scale} | ${t.measured} | ${verdict(t.met)} |`),
    "",
    `${targets.filter((t) => t.met).length} met, ${missed.length} missed, ${targets.filter((t) => t.met === undefined).length} not measured.`,
    "",
    "## Load",
    "",
    ...loadTable(results.scales),
    "",
    "## Latency (ms)",
    "",
    ...results.scales.flatMap((s) => [...latencyTable(s), ""]),
    "## Analytics (GDS)",
    "",
    ...analyticsTable(results.scales),
    "",
    "## Throughput",
    "",
    ...throughputTable(results.scales),
    "",
    "## Cost growth",
    "",
    ...growthTable(results.scales),
    "",
    "Pages of agreements with parties, signatures and sectors:",
    "",
    ...pageTable(results.scales),
    "",
    `Resident memory after the run: ${results.scales.map((s) => `scale ${s.scale}: project server ${mib(s.memory.projectRss)} (heap ${mib(s.memory.projectHeap)}), @neo4j/graphql server ${mib(s.memory.peerRss)}`).join("; ")}. ` +
      `CPU during the loads: ${results.scales.map((s) => `scale ${s.scale}: loader ${s.load.cpu.node} s, Neo4j ${s.load.cpu.neo4j} s`).join("; ")}.`,
    "",
    "## Why targets are missed, and what would close them",
    "",
    ...(notes.length
      ? notes.map((n) => `- ${n}`)
      : missed.length
        ? ["(no note for these misses)"]
        : ["Every measured target is met."]),
    ...(results.scales.some((s) => s.skipped.length)
      ? [
          "",
          "Left out of this run: " +
            results.scales.flatMap((s) => s.skipped.map((x) => `scale ${s.scale} ${x}`)).join("; ") +
            ".",
        ]
      : []),
    ...results.notes.map((n) => `- ${n}`),
    "",
    "## The Cypher @neo4j/graphql generates",
    "",
    ...results.scales
      .slice(0, 1)
      .flatMap((s) =>
        s.operations.flatMap((op) =>
          op.cost.peerCypher
            ? [
                `<details><summary>${op.title}</summary>`,
                "",
                "```cypher",
                op.cost.peerCypher,
                "```",
                "",
                "</details>",
                "",
              ]
            : [`- ${op.title}: ${op.peerMissing ?? "–"}`, ""],
        ),
      ),
  ];
  const markdown = `${lines.join("\n").trim()}\n`;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.md`), markdown);
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
  return markdown;
}
