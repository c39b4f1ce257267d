import os from "node:os";
import { int, ms } from "./lib/format";
import type { OperationResult, ScaleResult } from "./lib/result";

/**
 * Why a target is missed and what would close it, keyed by target (latency:<operation>,
 * throughput:<operation>, load:write, page:dbhits). Written from the PROFILE output, the plans and
 * the in-process timings of the statements involved; the numbers come from the run being reported.
 * bench/report.ts prints the note of every missed target, once, from the largest scale that missed.
 */
export interface NoteContext {
  scale: ScaleResult;
  op?: OperationResult;
}

type Note = (context: NoteContext) => string;

const statementList = (op: OperationResult) => op.cost.statements.map((n) => `\`${n}\``).join(" → ");
const hits = (op: OperationResult) =>
  `${int(op.cost.projectDbHits)} database hits for the request against ${int(op.cost.floorDbHits)} for the floor`;
const inProcess = (op: OperationResult, name: string) => {
  const b = op.breakdown;
  const statement = b?.statements.filter((s) => s.name === name).reduce((sum, s) => sum + s.ms, 0);
  return b && statement !== undefined
    ? ` (run in process, the request takes ${ms(b.totalMs)} ms, of which \`${name}\` ${ms(statement)} ms)`
    : "";
};
/** What HTTP, Apollo and type-graphql add to a one-statement request: the point lookup's gap. */
const fixedCost = (s: ScaleResult) => {
  const point = s.operations.find((o) => o.id === "point-lookup");
  return point ? point.latency.project.p50 - point.latency.floor.p50 : NaN;
};
const cpuPerRequest = (rps: number, cores: number) => (rps > 0 ? (cores / rps) * 1000 : NaN);

const CORES = os.cpus().length;

const oneStatementThroughput: Note = ({ op }) => {
  const t = op!.throughput!;
  const peer = t.peer!;
  const serverMs = cpuPerRequest(t.project.rps, t.project.cpu.server);
  const peerServerMs = cpuPerRequest(peer.rps, peer.cpu.server);
  const neoMs = cpuPerRequest(t.project.rps, t.project.cpu.neo4j);
  const budget = (CORES * 1000) / (2 * peer.rps);
  return (
    `${op!.title}: both servers send one statement per request (\`${op!.cost.statements[0]}\` here), and on this ${CORES}-core machine the server, Neo4j and the load generator share the cores. ` +
    `Per request the project's server spent ${ms(serverMs)} ms of CPU (@neo4j/graphql's: ${ms(peerServerMs)} ms) and Neo4j ${ms(neoMs)} ms. ` +
    `At twice the peer's rate, the ${CORES} cores leave ${ms(budget)} ms of CPU per request for everything, so the target needs the server's share far below the peer's, not level with it. ` +
    "A CPU profile of both servers under autocannon (node --cpu-prof, point lookup, taken while writing this note) puts most of either server's time in the Neo4j driver (about 45%, two thirds of it the socket writes of each Bolt flush) and in writing HTTP responses; " +
    "GraphQL execution, Apollo Server, type-graphql, the complexity estimate, pino-http and prom-client together take about 11% for the project, and @neo4j/graphql's translation about 9% for the peer. " +
    "Close: fewer Bolt messages per statement (a single read in an auto-commit `session.run` sends RUN and PULL in one flush where `executeQuery` adds BEGIN and COMMIT; about a third less driver CPU in a quick test), " +
    "and less data per answer (the project's statements return whole nodes, search keys and aliases included, where @neo4j/graphql projects the selected fields). Against a peer that sends the same single statement, 2x is out of reach by the GraphQL layer alone."
  );
};

export const NOTES: Record<string, Note> = {
  "latency:point-lookup": ({ scale, op }) =>
    `${op!.title}: one statement, like the floor (${statementList(op!)}), so the gap (${ms(fixedCost(scale))} ms) is HTTP, Apollo Server and type-graphql per request, and the whole node the compiled statement returns (${hits(op!)}). ` +
    "Close: project only the selected fields (the compiled statement returns `properties(n)`), and trim the per-request plugins.",

  "latency:who-signed": ({ scale, op }) =>
    `${op!.title}: one compiled statement (${statementList(op!)}), composed from cypher/fragments: the agreement, its SIGNED links and the parties signed for, primed into the loaders. ` +
    `The gap to the floor is the fixed HTTP and GraphQL cost (${ms(fixedCost(scale))} ms on the point lookup) against a ${ms(op!.latency.floor.p50)} ms floor, and whole property maps of the agreement, the people and the parties where the floor returns three names: ${hits(op!)}. ` +
    "Close: project only the selected fields (the field plan would name, per field, the properties its resolver reads).",

  "latency:partners": ({ op }) =>
    `${op!.title}: ${op!.cost.statements.length} statements (${statementList(op!)}): the party (compiled), the sector's existence check, then \`read/partners\`, which now collects the sector and its sub-sectors once and tests each hub before expanding to its other parties, as the floor does, ` +
    `but still builds every partner's links (each party's own dates and sources), agreements, initiatives and sectors although the query asks for name and strength only: ${hits(op!)}${inProcess(op!, "read/partners")}. ` +
    "Close: the lists and links computed only when selected, and the party and the sector check folded into the partners statement.",

  "latency:agreements-page": ({ op }) => {
    const idx = op!.whatIf?.find((w) => w.id === "index-order");
    return (
      `${op!.title}: one compiled statement (${statementList(op!)}): \`fragments/agreements-matching\` sorts every agreement on CASE expressions (a full Sort; the \`agreement_signed_on\` index is never used for order) and collects them all to count and slice, ` +
      `then \`fragments/page-of-nodes\` projects each agreement with its parties, signatures and sectors as whole property maps, once per link: ${hits(op!)}, which uses a top-k sort and returns names${inProcess(op!, "compiled/agreements")}. ` +
      (idx
        ? `Tried: reading the page in the order of the \`agreement_signed_on\` index (\`cypher/bench/what-if-page-index-order.cypher\`, a PartialTop) takes ${ms(idx.latency.p50)} ms p50 and ${int(idx.dbHits)} database hits against ${ms(op!.latency.floor.p50)} ms for the top-k floor, and stays flat as agreements grow. `
        : "") +
      "Close: the selected fields only (most of the time is moving and decoding whole maps), the order from the index with keyset cursors (undated agreements need a sortable key so that none is lost), and the count only when `totalCount` is asked for."
    );
  },

  "latency:shortest-paths": ({ scale, op }) => {
    const legacy = op!.whatIf?.find((w) => w.id === "legacy-shortest-path");
    return (
      `${op!.title}: one compiled statement (${statementList(op!)}): both parties resolved by \`fragments/resolve-party\` and the sectors checked inside it, then the floor's own path search (\`fragments/shortest-paths\`: ALL SHORTEST with the link rules inside the pattern), but it returns every node of every path whole where the floor returns names: ${hits(op!)}${inProcess(op!, "compiled/shortestPaths")}. ` +
      `HTTP and GraphQL add ${ms(fixedCost(scale))} ms (the point lookup's gap). ` +
      (legacy
        ? `Tried: the older allShortestPaths form with the rules in WHERE (\`cypher/bench/what-if-shortest-paths-legacy.cypher\`) is planned as the bidirectional \`ShortestPath\`: ${ms(legacy.latency.p50)} ms p50 and ${int(legacy.dbHits)} database hits against ${ms(op!.latency.floor.p50)} ms for the floor on this pair, but it falls back to trying every path when the shortest ones break the rules, which is why the statement left it. `
        : "") +
      "Close: only the fields a path step shows returned; with the fixed HTTP and GraphQL cost of this machine, 1.3x of a floor this short needs that and lighter per-request layers."
    );
  },

  "latency:network": ({ scale, op }) =>
    `${op!.title}: one compiled statement (${statementList(op!)}): the centre and each possible step as a CALL guarded by the hops its kind allows (fragments/network-*), where the project sent one statement per hop before; ` +
    `it returns each link with its relationship's properties and the far node's labels and name, and the server then builds nodes and edges: ${hits(op!)}${inProcess(op!, "compiled/network")}; HTTP and GraphQL add ${ms(fixedCost(scale))} ms. ` +
    "Close: the floor's pattern (it keeps only distinct parties per step) and less data per link.",

  "latency:search": ({ scale, op }) =>
    `${op!.title}: one statement, the floor's own (\`read/search\`); the gap (${ms(op!.latency.project.p50 - op!.latency.floor.p50)} ms) is HTTP, Apollo Server and type-graphql (${ms(fixedCost(scale))} ms on the point lookup) and whole property maps (${hits(op!)}).`,

  "latency:counts": ({ scale, op }) =>
    `${op!.title}: one statement, the floor's own (\`compiled/counts\`, composed from \`fragments/counts/\`); the gap (${ms(op!.latency.project.p50 - op!.latency.floor.p50)} ms) is HTTP, Apollo Server and type-graphql (${ms(fixedCost(scale))} ms on the point lookup) over one row per party and sector (${hits(op!)}).`,

  "throughput:point-lookup": oneStatementThroughput,
  "throughput:search": oneStatementThroughput,
  "throughput:who-signed": ({ op }) =>
    `${op!.title}: one statement per request, like the peer, but it returns whole property maps of the agreement, the people and the parties where the peer projects the selected fields; the fix is the one for its latency.`,
  "throughput:agreements-page": ({ op }) =>
    `${op!.title}: each request sorts every agreement and returns whole property maps of every linked node, where the peer's single statement uses a top-k sort and projects the selected fields; the fixes are those of its latency. ` +
    (op!.throughput?.project.saturated
      ? "At this scale fewer requests than connections finished within the run: each took longer than the run itself."
      : ""),

  "load:write": ({ scale }) =>
    `The write step MERGEs (an index seek per node, a relationship lookup per relationship) and writes a progress marker in each batch's transaction; the ceiling only CREATEs. At scale ${scale.scale} the write step took ${ms(scale.load.pipeline.ms.write / 1000)} s.`,

  "page:dbhits": ({ scale }) =>
    `At scale ${scale.scale} the page statement reads every agreement to sort it; see the page's latency note.`,
};
