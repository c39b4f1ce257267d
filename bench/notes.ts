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
    "and less data per answer (the project's statements now project the selected properties of nodes, as @neo4j/graphql does, but still return relationship objects whole). Against a peer that sends the same single statement, 2x is out of reach by the GraphQL layer alone."
  );
};

export const NOTES: Record<string, Note> = {
  "latency:point-lookup": ({ scale, op }) =>
    `${op!.title}: one statement, like the floor (${statementList(op!)}), which now projects only the selected properties (a map projection), so the gap (${ms(fixedCost(scale))} ms) is HTTP, Apollo Server and type-graphql per request (${hits(op!)}). ` +
    "Close: trim the per-request layers (pino-http's log line, the complexity estimate, prom-client) and the driver's per-statement cost.",

  "latency:who-signed": ({ scale, op }) =>
    `${op!.title}: one compiled statement (${statementList(op!)}), composed from cypher/fragments: the agreement, its SIGNED links with the people's selected properties and the parties signed for, primed into the loaders. ` +
    `The gap to the floor is the fixed HTTP and GraphQL cost (${ms(fixedCost(scale))} ms on the point lookup) against a ${ms(op!.latency.floor.p50)} ms floor, plus the agreement fetched whole (its signatures hand it on to each Signature's \`agreement\`) and each signature's relationship properties: ${hits(op!)}. ` +
    "Close: a field plan that knows which child fields read the parent, so the agreement can be projected too.",

  "latency:partners": ({ op }) =>
    `${op!.title}: ${op!.cost.statements.length === 1 ? "one statement" : `${op!.cost.statements.length} statements`} (${statementList(op!)}): the party and its partners together, \`Party.partners\` being an aggregate field compiled into the root lookup (\`fragments/partners-of\`, a CALL), the sector checked inside it, each of the party's hubs grouped and tested once before expanding, the strongest \`first\` chosen in Cypher, and links, sources and sectors built only for those: ${hits(op!)}${inProcess(op!, "compiled/party")}. ` +
    "What is left against the floor: each partner's since (the later of both parties' own dates per shared hub) and the rule that an agreement establishing a shared initiative counts once, which the floor does not compute. Close: keep the per-hub dates only when `since` or `links` is selected.",

  "latency:agreements-page": ({ op }) => {
    const idx = op!.whatIf?.find((w) => w.id === "index-order");
    return (
      `${op!.title}: one compiled statement (${statementList(op!)}) plus its count: \`fragments/agreements-matching\` with the filter compiler's WHERE, then \`fragments/keyset-page\` (ORDER BY the sort keys and id, LIMIT, a keyset condition after a cursor), each agreement projected with only the selected properties of its parties, people and sectors; \`totalCount\` is a separate count inside the statement, only when selected: ${hits(op!)}${inProcess(op!, "compiled/agreements")}. ` +
      (idx
        ? `Tried: reading the page in the order of the \`agreement_signed_on\` index (\`cypher/bench/what-if-page-index-order.cypher\`, a PartialTop) takes ${ms(idx.latency.p50)} ms p50 and ${int(idx.dbHits)} database hits against ${ms(op!.latency.floor.p50)} ms for the top-k floor. `
        : "") +
      "Close: the relationship objects (signatures, sector claims) projected too (they still come as whole relationship maps), and a sortable key for undated agreements so that the order can come from the index."
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
    `${op!.title}: one compiled statement (${statementList(op!)}): the centre and each possible step as a CALL guarded by the hops its kind allows (fragments/network-*); ` +
    `each link now carries its relationship's properties only for the exports (GraphQL's NetworkEdge never reads them), with the far node's labels and name, and the server then builds nodes and edges: ${hits(op!)}${inProcess(op!, "compiled/network")}; HTTP and GraphQL add ${ms(fixedCost(scale))} ms. ` +
    "Close: the floor's pattern (it keeps only distinct parties per step).",

  "latency:search": ({ scale, op }) =>
    `${op!.title}: one statement, the floor's own (\`read/search\`); the gap (${ms(op!.latency.project.p50 - op!.latency.floor.p50)} ms) is HTTP, Apollo Server and type-graphql (${ms(fixedCost(scale))} ms on the point lookup) and whole property maps (${hits(op!)}).`,

  "latency:counts": ({ scale, op }) =>
    `${op!.title}: one statement, the floor's own (\`compiled/counts\`, composed from \`fragments/counts/\`); the gap (${ms(op!.latency.project.p50 - op!.latency.floor.p50)} ms) is HTTP, Apollo Server and type-graphql (${ms(fixedCost(scale))} ms on the point lookup) over one row per party and sector (${hits(op!)}).`,

  "throughput:point-lookup": oneStatementThroughput,
  "throughput:search": oneStatementThroughput,
  "throughput:who-signed": ({ op }) =>
    `${op!.title}: one statement per request, like the peer; the agreement still comes whole (see its latency note) and each request pays the fixed HTTP and GraphQL cost.`,
  "throughput:agreements-page": ({ op }) =>
    `${op!.title}: one statement per request with the selected properties only, but relationship objects (signatures, sector claims) come as whole relationship maps with their sources; the fixes are those of its latency. ` +
    (op!.throughput?.project.saturated
      ? "At this scale fewer requests than connections finished within the run: each took longer than the run itself."
      : ""),

  "load:write": ({ scale }) =>
    `The write step MERGEs (an index seek per node, a relationship lookup per relationship) and writes a progress marker in each batch's transaction; the ceiling only CREATEs. At scale ${scale.scale} the write step took ${ms(scale.load.pipeline.ms.write / 1000)} s.`,

  "page:dbhits": ({ scale }) =>
    `At scale ${scale.scale} the page statement still sorts every matching agreement (a top-k sort, not an index read); see the page's latency note.`,
};
