import path from "node:path";
import { UndirectedGraph } from "graphology";
import modularity from "graphology-metrics/graph/modularity";
import { applySchema } from "../../src/db/apply-schema";
import { seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { startTestApi } from "../support/api-client";
import { connectTest, startThrowawayNeo4j } from "../support/test-neo4j";

const FIXTURE = path.join(__dirname, "../fixtures/two-cliques");
const CLIQUE_A = ["DE", "ES", "FR", "IT"];
const CLIQUE_B = ["AU", "JP", "KR", "NZ"];

type Api = Awaited<ReturnType<typeof startTestApi>>;

/** The fixture's party graph, written out by hand: what both engines must agree with. */
function fixtureGraph() {
  const graph = new UndirectedGraph();
  for (const clique of [CLIQUE_A, CLIQUE_B])
    clique.forEach((a, i) => clique.slice(i + 1).forEach((b) => graph.mergeEdge(a, b, { shared: 2 })));
  graph.mergeEdge("GB", "FR", { shared: 1 });
  graph.mergeEdge("GB", "JP", { shared: 1 });
  return graph;
}

const CENTRALITY = `query ($measure: CentralityMeasure!, $asOf: Date) {
  centrality(measure: $measure, asOf: $asOf, first: 100) { party { id } score rank }
}`;
const BLOCS = `query ($asOf: Date) { blocs(asOf: $asOf) { modularity blocs { id size members { id } hubs { ... on Agreement { id } } } } }`;

describe("Graph analytics on a fixture: two cliques joined by one bridging party", () => {
  let db: Awaited<ReturnType<typeof startThrowawayNeo4j>>;
  let gds: Api;
  let inProcess: Api;

  beforeAll(async () => {
    db = await startThrowawayNeo4j();
    const { driver, gateway, catalog } = connectTest(db.uri);
    try {
      await applySchema(gateway, catalog);
      const validation = validateSeed([FIXTURE]);
      if (!validation.dataset) throw new Error(JSON.stringify(validation.problems.slice(0, 3)));
      await seedDatabase(gateway, validation);
    } finally {
      await driver.close();
    }
    gds = await startTestApi({ uri: db.uri, analyticsEngine: "auto" });
    inProcess = await startTestApi({ uri: db.uri, analyticsEngine: "graphology" });
  });
  afterAll(async () => {
    await gds?.stop();
    await inProcess?.stop();
    await db?.stop();
  });

  it("uses GDS on the embedded Neo4j", async () => {
    const { statements } = await gds.query(CENTRALITY, { measure: "PAGERANK" });
    expect(statements).toContain("analytics/pagerank");
    const other = await inProcess.query(CENTRALITY, { measure: "PAGERANK" });
    expect(other.statements).not.toContain("analytics/pagerank");
  });

  it.each([
    ["GDS", () => gds],
    ["graphology", () => inProcess],
  ])("finds the two cliques as blocs (%s), with graphology-metrics' modularity", async (_name, api) => {
    const { body } = await api().query(BLOCS);
    expect(body.errors).toBeUndefined();
    const { modularity: reported, blocs } = body.data.blocs;
    const sets = blocs.map((b: { members: Array<{ id: string }> }) => b.members.map((m) => m.id));
    const withA = sets.find((s: string[]) => s.includes("FR"));
    const withB = sets.find((s: string[]) => s.includes("JP"));
    expect(withA).not.toBe(withB);
    expect(withA).toEqual(expect.arrayContaining(CLIQUE_A));
    expect(withB).toEqual(expect.arrayContaining(CLIQUE_B));
    expect(sets.flat().sort()).toEqual([...CLIQUE_A, ...CLIQUE_B, "GB"].sort());
    const community = new Map<string, number>(sets.flatMap((s: string[], i: number) => s.map((id) => [id, i])));
    const expected = modularity(fixtureGraph(), {
      getNodeCommunity: (node) => community.get(node)!,
      getEdgeWeight: "shared",
    });
    expect(Math.abs(reported - expected)).toBeLessThan(1e-6);
    expect(reported).toBeGreaterThan(0.3);
    // A bloc's hubs: first its own agreements, held by all four members.
    const blocA = blocs.find((b: { members: Array<{ id: string }> }) => b.members.some((m) => m.id === "FR"));
    expect(blocA.hubs.slice(0, 2).map((h: { id: string }) => h.id)).toEqual(["clique-a-one", "clique-a-two"]);
  });

  it.each([
    ["GDS", () => gds],
    ["graphology", () => inProcess],
  ])("ranks the bridge first by betweenness (%s)", async (_name, api) => {
    const { body } = await api().query(CENTRALITY, { measure: "BETWEENNESS" });
    expect(body.errors).toBeUndefined();
    const [top, second] = body.data.centrality;
    expect(top).toMatchObject({ party: { id: "GB" }, rank: 1 });
    expect(second.score).toBeLessThan(top.score);
  });

  it.each(["PAGERANK", "BETWEENNESS", "DEGREE"])(
    "gives the same %s ranking from GDS and from graphology",
    async (measure) => {
      const [a, b] = await Promise.all([gds, inProcess].map((api) => api.query(CENTRALITY, { measure })));
      const ranking = (r: typeof a) =>
        r.body.data.centrality.map((s: { party: { id: string }; rank: number }) => [s.party.id, s.rank]);
      expect(ranking(a)).toEqual(ranking(b));
      const scores = (r: typeof a) => r.body.data.centrality.map((s: { score: number }) => s.score);
      scores(a).forEach((score: number, i: number) => expect(score).toBeCloseTo(scores(b)[i], 3));
    },
  );

  it("counts a link only from the later of the two parties' own dates", async () => {
    const { body } = await gds.query(CENTRALITY, { measure: "DEGREE", asOf: "2019-06-01" });
    const ids = body.data.centrality.map((s: { party: { id: string } }) => s.party.id);
    // Undated acts count only as of today; in 2019 nothing is dated before 2020.
    expect(ids).toEqual([]);
    const later = await gds.query(CENTRALITY, { measure: "DEGREE", asOf: "2021-01-01" });
    expect(later.body.data.centrality.map((s: { party: { id: string } }) => s.party.id).sort()).toEqual(
      ["FR", "GB", "JP"].sort(),
    );
  });

  it("scores alignment as the Jaccard index of the two parties' hubs", async () => {
    const { body } = await gds.query(`{
      alignmentMatrix(parties: ["FR", "DE", "GB"]) { party { id } other { id } score shared hubs { ... on Agreement { id } } }
      party(id: "FR") { mostAligned(first: 4) { other { id } score } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.alignmentMatrix).toEqual([
      {
        party: { id: "FR" },
        other: { id: "DE" },
        score: 2 / 3,
        shared: 2,
        hubs: [{ id: "clique-a-one" }, { id: "clique-a-two" }],
      },
      { party: { id: "FR" }, other: { id: "GB" }, score: 1 / 4, shared: 1, hubs: [{ id: "bridge-west" }] },
      { party: { id: "DE" }, other: { id: "GB" }, score: 0, shared: 0, hubs: [] },
    ]);
    expect(body.data.party.mostAligned).toEqual([
      { other: { id: "DE" }, score: 2 / 3 },
      { other: { id: "ES" }, score: 2 / 3 },
      { other: { id: "IT" }, score: 2 / 3 },
      { other: { id: "GB" }, score: 1 / 4 },
    ]);
  });

  it("refuses more than 50 parties in alignmentMatrix with BAD_USER_INPUT", async () => {
    const parties = Array.from({ length: 51 }, () => "FR");
    const { body } = await gds.query(`query ($p: [ID!]!) { alignmentMatrix(parties: $p) { score } }`, { p: parties });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "parties", limit: 50 });
  });

  it("builds the projection once per revision, sector and day", async () => {
    await gds.query(CENTRALITY, { measure: "PAGERANK", asOf: "2022-02-02" });
    const again = await gds.query(CENTRALITY, { measure: "BETWEENNESS", asOf: "2022-02-02" });
    expect(again.statements).not.toContain("read/party-hubs");
    expect(again.statements).not.toContain("analytics/project");
  });
});

describe("Graph analytics on the curated data", () => {
  let api: Api;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  it("ranks the United States among the five most central parties", async () => {
    const { body } = await api.query(`{ centrality(first: 5) { party { id } score rank } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.centrality.map((s: { party: { id: string } }) => s.party.id)).toContain("US");
  });

  it("partitions the parties into blocs with a modularity above 0", async () => {
    const { body } = await api.query(`{ blocs { modularity blocs { size } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.blocs.modularity).toBeGreaterThan(0);
    expect(body.data.blocs.blocs.length).toBeGreaterThan(1);
  });

  it("answers the README's analytics examples", async () => {
    const { body } = await api.query(`{
      bridges: centrality(measure: BETWEENNESS, sector: "artificial-intelligence", first: 5) { rank party { name } }
      blocs(asOf: "2026-03-01") { modularity blocs { id size members { name } hubs { ... on Agreement { title } ... on Initiative { name } } } }
      alignmentMatrix(parties: ["US", "IL", "JP", "FR"], sector: "semiconductors") { party { id } other { id } score shared }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.bridges.length).toBeGreaterThan(0);
    expect(body.data.alignmentMatrix).toHaveLength(6);
  });

  it("answers Israel's most aligned parties", async () => {
    const { body } = await api.query(`{ country(code: "IL") { mostAligned(first: 3) { other { name } score } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.country.mostAligned).toHaveLength(3);
    for (const a of body.data.country.mostAligned) expect(a.score).toBeGreaterThan(0);
  });
});
