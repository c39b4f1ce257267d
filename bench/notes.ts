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
/** The gap against the floor plus the HTTP hop alone (bench/serve.ts bare), measured in the same run. */
const hopNote = (s: ScaleResult, op: OperationResult) => {
  const hop = s.httpRoundTrip;
  if (!hop) return "";
  const rest = op.latency.project.p50 - op.latency.floor.p50 - hop.p50;
  return ` Measured in this run: the HTTP round trip alone, to node:http in a process of its own, is ${ms(hop.p50)} ms p50, so the floor plus that one hop is ${ms(op.latency.floor.p50 + hop.p50)} ms against GraphQL's ${ms(op.latency.project.p50)} ms; the server's own work (the steps, Apollo, the resolvers, the driver's second socket in another process) is the other ${ms(rest)} ms.`;
};

const CORES = os.cpus().length;

/** Where a one-statement request's time goes besides its statement (measured on this machine). */
const FIXED_COST =
  "Timed inside the server for the point lookup (NODE_ENV=production, one request at a time): from the request's arrival to the context 0.28 ms (express, the JSON body, Apollo's HTTP handling), to the root resolver 0.19 ms more (Apollo's request pipeline, the limits, now computed once per document and variables), compiling the statement 0.06 ms, the statement itself as long as the floor's, then 0.2 ms to decode, resolve and serialise; the client's own HTTP round trip through undici adds 0.4–0.8 ms on a loopback with 2 shared cores, which the floor (a Bolt round trip from the same process) does not pay. " +
  "Earlier runs removed Apollo's cache-control plugin (its per-field hook wrapped every resolver), graphql-js's development checks (NODE_ENV=production, as npm start sets it), a second parse of every query by the rate limiter, the cost estimate per request (now kept per document and variables) and the AsyncLocalStorage request scope (its promise hooks: 7% of the server's CPU samples under the page of 100 on Node 20), and gave the server a 32 MB V8 semi-space, as npm start runs it (src/server/node-flags.ts: 10–18% less server CPU per page of 100 and per network side by side; the peer runs as before). " +
  "Measured on the same machine: a bare node:http server in another process answers undici in 0.31–0.36 ms p50, and `{ __typename }` through the whole server (express, Apollo, the plugins, no resolver) in 1.08 ms; a CPU profile of the server under the point lookup at 8 connections puts 12–18% of its CPU in the one socket write of each statement to Neo4j (the driver's RUN and PULL in one write(2), about 0.5 ms a write on this virtual machine's loopback; strace counts 22 writes and 20 writev for 20 requests) and 4–6% in the HTTP answer's write: the floor pays one such round trip, the GraphQL request two. " +
  "This run: express no longer hashes every answer into a weak ETag (a SHA-1 over the whole body, 0.23 ms for a page of 100's 187 KB, and a validator on answers marked no-store; the response cache keeps its own ETags for GET and persisted queries), and reads skip the stack trace that neo4j-driver formats for every result it creates (3% of the server's CPU samples under the point lookup; src/db/Gateway.ts). " +
  "Since 2026-12-02, POST /graphql runs its steps (request id, CORS, the JSON body, Apollo) on Node's own request and response ahead of express (src/server/graphql-post.ts; through express only when rate limits are set): measured side by side in one process against the curated graph, the point lookup took 1.82 ms through the whole express app, 1.72 ms through an express app with the one route, 1.53 ms with the same steps and no express, 1.44 ms without CORS and the body parser, with its statement alone at 0.83 ms and `{ __typename }` at 0.42 ms through Apollo against 0.22 ms from bare node:http; the load test's throughput per server CPU rose accordingly (see the throughput table). " +
  "Left in the server: Apollo's request pipeline (a SHA-256 of each query for its document cache, the plugins' hooks), graphql-js execution and the resolvers, about 0.5 ms together in one process; the rest of the gap is the second process hop (see the measured HTTP round trip below).";

const throughputNote: Note = ({ op }) => {
  const t = op!.throughput!;
  const peer = t.peer!;
  const mine = cpuPerRequest(t.project.rps, t.project.cpu.server);
  const theirs = cpuPerRequest(peer.rps, peer.cpu.server);
  const neo = cpuPerRequest(t.project.rps, t.project.cpu.neo4j);
  const neoPeer = cpuPerRequest(peer.rps, peer.cpu.neo4j);
  return (
    `${op!.title}: one statement per request (\`${op!.cost.statements[0]}\`), like the peer; on this ${CORES}-core machine the server, Neo4j and the load generator share the cores. ` +
    `Per request the project's server spent ${ms(mine)} ms of CPU (@neo4j/graphql's ${ms(theirs)} ms) and Neo4j ${ms(neo)} ms (the peer's statement ${ms(neoPeer)} ms). ` +
    (neo > neoPeer * 1.1
      ? "The difference is Neo4j's: the project's statement does more than the peer's (see the latency note: its ranking, its link ordering or its whole property maps). "
      : "The difference is the server's own: GraphQL execution per field and the HTTP response. ") +
    "Where a request's time goes in the server: see the point lookup's latency note."
  );
};

export const NOTES: Record<string, Note> = {
  "latency:point-lookup": ({ scale, op }) =>
    `${op!.title}: one statement, like the floor (${statementList(op!)}), projecting only the selected properties and decoded from one JSON string (${hits(op!)}); the gap (${ms(fixedCost(scale))} ms) is the per-request cost of HTTP and GraphQL. ` +
    FIXED_COST +
    hopNote(scale, op!) +
    " Close: on this 2-core machine the HTTP hop alone takes most of the 2 ms allowed; what is left to take is Apollo Server's request pipeline (graphql-js behind node:http directly, which the contract's Apollo features, CSRF rules, APQ and plugins, do not allow without rewriting them) and a compiled executor (graphql-jit) for the resolvers' walk.",

  "latency:who-signed": ({ scale, op }) =>
    `${op!.title}: one compiled statement (${statementList(op!)}): the agreement projected to its id, its SIGNED links with only the relationship properties the signature fields read (capacity, onBehalfOf), the people's names, and the parties signed for (${hits(op!)}). ` +
    `The gap is the fixed HTTP and GraphQL cost (${ms(fixedCost(scale))} ms on the point lookup) against a ${ms(op!.latency.floor.p50)} ms floor, plus the parties signed for, fetched whole so that the loaders can cache them as entities, and each signature list ordered (position, date, name) for a stable answer, which the floor skips.${hopNote(scale, op!)}`,

  "latency:partners": ({ op }) =>
    `${op!.title}: one statement (${statementList(op!)}): the party and its partners together, \`Party.partners\` compiled into the root lookup (\`fragments/partners-of\`, a CALL), the sector looked up once and tested on each hub only when one is asked for, each hub's other parties grouped per hub, the agreements that establish an initiative read from the few initiatives, the strongest \`first\` chosen in Cypher, and only the parts of a partnership the selection reads built: ${hits(op!)}${inProcess(op!, "compiled/party")}. ` +
    "Since 2026-12-02 a selection that reads only the partners and their strength (as here) takes the -counted fragments (`fragments/partners-agreement-counted`, ...), which skip the grouping per hub that the dates and links need; a test holds them to the same partners, order and strengths as the -dated ones. Measured statement against statement on Bolt at scale 1 (EE, clean-energy), interleaved: the floor 17.7 ms, the statement before 22.3 ms (1.26x), after 19.3 ms (1.09x), with the same JSON (md5). What is left: the `strength` rule (an agreement establishing a shared initiative counts once: a count and two lists per partner, where the floor counts distinct hubs); then HTTP and GraphQL (see the point lookup). " +
    "Measured this session on the scale 1 graph (EE, clean-energy), the statement alone on Bolt against the floor's, side by side: 42.6–44.9 ms against 35.0–36.0 ms (1.22–1.25x); without the agreements that establish each initiative (the `strength` rule) 42.3 ms, with the partners grouped per hub in one aggregation instead of a CALL per hub 44.4 ms (no gain, so the CALL stays). The partner is already projected to its selected properties, and the dates, sources and links are computed only when read. " +
    "Close: the establishing agreements kept on each initiative when the graph is written (one read instead of an expansion per initiative of the party), and the fixed HTTP and GraphQL cost of the point lookup.",

  "latency:agreements-page": ({ op }) =>
    `${op!.title}: one compiled statement (${statementList(op!)}): \`fragments/list-matching\` (no WHERE at all when nothing filters, so the total comes from the count store), then \`fragments/keyset-page-indexed\`: the agreements without a date and those with one are topped apart, the dated ones read in the order of the \`agreement_signed_on\` index (a PartialTop over about a page, not a sort of every agreement), merged in the sort's order; each agreement is projected with only the selected properties of itself, its parties, people and sectors, and the relationship properties their fields read: ${hits(op!)}${inProcess(op!, "compiled/agreements")}. ` +
    "This run: each node carries its GraphQL type as one string (`fragments/kind`) instead of its list of labels, and each link's order keys and selected properties are read once into a map that the order and the answer both use (`fragments/links-in`/`-out`): on the curated graph the page's statement went 29.2 → 21.4 ms in Neo4j and 232 → 187 KB of JSON, and served side by side at 8 connections 27–28 → 50–55 pages/s, server CPU 28 → 14–15 ms a page. " +
    "The undated ones cannot come from the index (it holds no null): finding them scans the label. What is left is GraphQL execution over about 2,000 fields per page, and each link list ordered for a stable answer (measured: ordering the links costs a fifth of the statement; a precomputed sort key per relationship would make its keys one read).",

  "latency:filtered-page": ({ op }) =>
    `${op!.title}: one compiled statement (${statementList(op!)}), the same keyset page as the page of 100 with the compiled \`where\` (${hits(op!)}${inProcess(op!, "compiled/agreements")}).`,

  "latency:shortest-paths": ({ scale, op }) => {
    const legacy = op!.whatIf?.find((w) => w.id === "legacy-shortest-path");
    return (
      `${op!.title}: one compiled statement (${statementList(op!)}): both parties resolved by \`fragments/resolve-party\` (an id, or an alpha-2 or alpha-3 code in any case: three index lookups each, where the floor takes two ids), the sectors checked inside it, then the floor's own path search (\`fragments/shortest-paths\`: ALL SHORTEST with the link rules inside the pattern), each path node projected to the properties its step's selection reads: ${hits(op!)}${inProcess(op!, "compiled/shortestPaths")}. ` +
      `HTTP and GraphQL add ${ms(fixedCost(scale))} ms (the point lookup's gap). ` +
      (legacy
        ? `Tried: the older allShortestPaths form with the rules in WHERE (\`cypher/bench/what-if-shortest-paths-legacy.cypher\`) is planned as the bidirectional \`ShortestPath\`: ${ms(legacy.latency.p50)} ms p50 and ${int(legacy.dbHits)} database hits against ${ms(op!.latency.floor.p50)} ms for the floor on this pair, but it falls back to trying every path when the shortest ones break the rules, which is why the statement left it. `
        : "") +
      "This run: the link dates are tested with one property read each (`coalesce(r.date <= day, $undated)` instead of `r.date <= day OR (r.date IS NULL AND $undated)`), which halved the search's database hits (now below the floor's). Left: the three lookups per party and the path nodes' JSON; close: the party lookups by id first, codes only when no id matches."
    );
  },

  "latency:network": ({ scale, op }) =>
    `${op!.title}: one compiled statement (${statementList(op!)}): the centre and each possible step as a CALL guarded by the hops its kind allows (fragments/network-*), the sector test only when sectors are given, each link a list [source, target, type, key, label] and each node listed once when first found (half the JSON of maps), decoded from one JSON string; the server then builds the edges: ${hits(op!)}${inProcess(op!, "compiled/network")}; HTTP and GraphQL add ${ms(fixedCost(scale))} ms (the point lookup's gap), and graphql-js then resolves four fields on each of about 600 nodes and edges and serialises 55 KB. ` +
    "This run: a step leaves out the links back to the frontier before it, which that step listed already, so each link comes once (on the curated graph, Israel at depth 2: 4,519 links to 2,314, 406 to 225 KB of JSON, 53 to 34 ms in Neo4j, the same nodes and edges in the same order on 11 networks compared). Left, from a CPU profile of the server under that network: parsing the statement's JSON, building the edge ids, graphql-js over every node and edge, Apollo's JSON writer, and the garbage collector (a quarter of the server's CPU). Also this run, in the step (`fragments/network-step`): the frontier node's id read once per frontier node, each link's properties once as a map that the filter and the list both use, the far node's id once, asOf's date once per step: Israel at depth 2 went 46.7 → 37.3 ms in Neo4j with the same JSON (md5), six served networks byte for byte as before; and the server's 32 MB semi-space (see the point lookup) took its CPU per network from 20 to 13 ms side by side. Measured what is left in Neo4j: the expansion itself about three quarters, the JSON of 2,314 links (225 KB, `apoc.convert.toJson`) the rest. Also: the nodes' kinds and names and the links' labels are read only when the selection asks for them (`$nodeDetails`, `$linkLabels`): the load test's network (ids alone) gets 171 KB of JSON instead of 217 and its server 10–15% less CPU side by side; this benchmark's selection reads them all, so it is not changed here. A CPU profile of the server under the load test's network: Apollo's JSON.stringify of the answer 7% (2,314 edge ids of about 60 characters), parsing the statement's JSON 6%, building the edges 5%, graphql-js over each node and edge 13% (of which getArgumentValues 3%), the garbage collector 7%. Close: links sent as indexes into the node list rather than as pairs of ids (about half the JSON), a compiled executor (graphql-jit) instead of graphql-js's per-field walk, and a lighter JSON writer than Apollo's.",

  "latency:search": ({ scale, op }) =>
    `${op!.title}: one statement, the floor's own ranking (\`read/search\`), its rows encoded as JSON by Neo4j; the gap (${ms(op!.latency.project.p50 - op!.latency.floor.p50)} ms) is HTTP, Apollo Server and type-graphql (${ms(fixedCost(scale))} ms on the point lookup, whose note says where it goes) and each hit's property map (${hits(op!)}).${hopNote(scale, op!)}`,

  "latency:counts": ({ scale, op }) =>
    `${op!.title}: one statement, the floor's own (\`compiled/counts\`, composed from \`fragments/counts/\`); the gap (${ms(op!.latency.project.p50 - op!.latency.floor.p50)} ms) is HTTP, Apollo Server and type-graphql (${ms(fixedCost(scale))} ms on the point lookup) over one row per party and sector (${hits(op!)}).`,

  "throughput:point-lookup": throughputNote,
  "throughput:who-signed": throughputNote,
  "throughput:agreements-page": throughputNote,
  "throughput:filtered-page": throughputNote,
  "throughput:search": throughputNote,
  "cpu:point-lookup": throughputNote,
  "cpu:who-signed": throughputNote,
  "cpu:agreements-page": throughputNote,
  "cpu:filtered-page": throughputNote,
  "cpu:search": throughputNote,

  "load:write": ({ scale }) =>
    `The write step MERGEs (an index seek per node, a relationship lookup per relationship) and writes a progress marker in each batch's transaction; the ceiling only CREATEs. At scale ${scale.scale} the write step took ${ms(scale.load.pipeline.ms.write / 1000)} s.`,

  "page:dbhits": ({ scale }) =>
    `At scale ${scale.scale} finding the undated agreements scans the label (the index holds no null); see the page's latency note.`,
};
