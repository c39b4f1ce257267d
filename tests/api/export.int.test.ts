import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import jsonld from "jsonld";
import { datasetRelease } from "../../src/api/dataset-release";
import { JSONLD_CONTEXT_FILE } from "../../src/export/export-http";
import { TABLES } from "../../src/export/write-export";
import { startTestApi } from "../support/api-client";
import { TEST_URI_VARIABLE } from "../support/test-neo4j";

/** CI has no internet: the JSON-LD context resolves from the file the server serves. */
const documentLoader = async (url: string) => {
  if (!url.endsWith("/export/context.jsonld")) throw new Error(`No network in tests: ${url}`);
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: JSON.parse(fs.readFileSync(JSONLD_CONTEXT_FILE, "utf8")),
  };
};

describe("Exports over HTTP", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let counts: { nodes: number; relationships: number };
  const version = datasetRelease().version;

  beforeAll(async () => {
    api = await startTestApi();
    const [row] = await api.gateway.read("export/counts");
    counts = row as typeof counts;
  });
  afterAll(() => api.stop());

  const get = (file: string) => fetch(`${api.url}/export/${file}`);

  it("exports GraphML that re-imports with every node and edge", async () => {
    const response = await get("graph.graphml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`alliance-graph-${version}-graph.graphml`);
    const text = await response.text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
    const graph = parseGraphml(Graph, text);
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(counts.relationships);
    expect(graph.getAttribute("datasetVersion")).toBe(version);
    // Exports name the data revision they began at (#17).
    const { revision } = (await api.data("{ meta { revision } }")).meta;
    expect(graph.getAttribute("dataRevision")).toBe(revision);
    expect(response.headers.get("x-data-revision")).toBe(String(revision));
    expect(graph.getNodeAttributes("US")).toMatchObject({ labels: expect.stringContaining("Country") });
    const act = graph.findEdge((_e, attr) => attr.kind === "ACTED_ON" && Boolean(attr.date));
    expect(graph.getEdgeAttributes(act!)).toMatchObject({
      datePrecision: expect.any(String),
      sources: expect.any(String),
    });
  });

  it("exports GEXF that graphology-gexf reads", async () => {
    const response = await get("graph.gexf");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`Alliance Graph ${version}`);
    const graph = parseGexf(Graph, text);
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(counts.relationships);
    expect(graph.getNodeAttribute("US", "label")).toBe("United States");
  });

  it("exports JSON-LD that expands to RDF with schema.org and Wikidata terms", async () => {
    const response = await get("graph.jsonld");
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc["@context"]).toBe(`${api.url}/export/context.jsonld`);
    expect(doc.version).toBe(version);
    const served = await (await get("context.jsonld")).json();
    expect(served).toEqual(JSON.parse(fs.readFileSync(JSONLD_CONTEXT_FILE, "utf8")));
    const nquads = (await jsonld.toRDF(doc, {
      format: "application/n-quads",
      documentLoader,
    } as never)) as unknown as string;
    const lines = nquads.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(counts.nodes);
    expect(nquads).toContain("<http://www.wikidata.org/prop/direct/P1891> <https://alliancegraph.org/id/US>");
    expect(nquads).toMatch(
      /<http:\/\/www\.wikidata\.org\/prop\/direct\/P585> "\d{4}-\d{2}-\d{2}"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#date>/,
    );
    expect(nquads).toContain("<http://www.wikidata.org/prop/direct/P854>");
    expect(nquads).toContain("<https://schema.org/name>");
  });

  it("exports every table as RFC 4180 CSV whose ids join across tables", async () => {
    const tables: Record<string, Array<Record<string, string>>> = {};
    for (const table of Object.keys(TABLES)) {
      const response = await get(`${table}.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/csv");
      const text = await response.text();
      expect(text).toContain("\r\n");
      tables[table] = parseCsv(text, { columns: true, relax_column_count: false });
      expect(tables[table].length).toBeGreaterThan(0);
    }
    const ids = (table: string) => new Set(tables[table].map((r) => r.id));
    const [parties, agreements, initiatives, people, sources] = [
      "parties",
      "agreements",
      "initiatives",
      "people",
      "sources",
    ].map(ids);
    for (const act of tables.acts) {
      expect(parties.has(act.source)).toBe(true);
      expect(agreements.has(act.target)).toBe(true);
      for (const source of act.sources.split("|")) expect(sources.has(source)).toBe(true);
    }
    for (const m of tables.memberships) expect(initiatives.has(m.target)).toBe(true);
    for (const s of tables.signatures) expect(people.has(s.source)).toBe(true);
    for (const p of tables.positions) expect(people.has(p.source)).toBe(true);
  });

  it.each(["graph.pdf", "graph", "nothing.csv", "agreements.xlsx"])("answers a coded 400 for %s", async (file) => {
    const response = await get(file);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(/graphml|tables are/);
  });
});

describe("npm run export", () => {
  it("writes the GraphML to a file named with the dataset version", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-cli-"));
    try {
      const result = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          path.join(__dirname, "../../src/export/export-cli.ts"),
          "--format",
          "graphml",
          "--out",
          dir,
        ],
        { env: { ...process.env, NEO4J_URI: process.env[TEST_URI_VARIABLE] }, encoding: "utf8" },
      );
      expect(result.stderr).toContain("Wrote");
      const file = path.join(dir, `alliance-graph-${datasetRelease().version}-graph.graphml`);
      const graph = parseGraphml(Graph, fs.readFileSync(file, "utf8"));
      expect(graph.order).toBeGreaterThan(100);
      const bad = spawnSync(
        process.execPath,
        ["--import", "tsx", path.join(__dirname, "../../src/export/export-cli.ts"), "--format", "pdf"],
        { env: { ...process.env, NEO4J_URI: process.env[TEST_URI_VARIABLE] }, encoding: "utf8" },
      );
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('Unknown export format "pdf"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Network exports", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());
  const get = (query: string) => fetch(`${api.url}/export/${query}`);

  it("serves the subgraph that network answers, with the edges' dates and sources", async () => {
    const { body } = await api.query(`{ network(center: "IL", depth: 2) { nodes { id } edges { id } } }`);
    const response = await get("network.graphml?center=IL&depth=2");
    expect(response.status).toBe(200);
    const graph = parseGraphml(Graph, await response.text());
    expect(graph.order).toBe(body.data.network.nodes.length);
    expect(graph.size).toBe(body.data.network.edges.length);
    const dated = graph.findEdge((_e, attr) => attr.kind === "ACTED_ON" && Boolean(attr.date));
    expect(graph.getEdgeAttributes(dated!).sources).toBeTruthy();

    const gexf = parseGexf(Graph, await (await get("network.gexf?center=IL&depth=2")).text());
    expect(gexf.order).toBe(graph.order);
    const json = await (await get("network.json?center=IL&depth=2")).json();
    expect(json.dataset.version).toBe(datasetRelease().version);
    expect(json.relationships).toHaveLength(graph.size);
    const rows = parseCsv(await (await get("network.csv?center=IL&depth=2")).text(), { columns: true });
    expect(rows).toHaveLength(graph.size);
  });

  it("takes asOf and sector like network", async () => {
    const early = await (await get("network.json?center=IL&depth=1&asOf=2000-01-01")).json();
    const now = await (await get("network.json?center=IL&depth=1")).json();
    expect(early.relationships.length).toBeLessThan(now.relationships.length);
  });

  it.each([
    ["network.pdf?center=IL", 400, "BAD_USER_INPUT"],
    ["network.json", 400, "BAD_USER_INPUT"],
    ["network.json?center=IL&depth=9", 400, "BAD_USER_INPUT"],
    ["network.json?center=IL&depth=two", 400, "BAD_USER_INPUT"],
    ["network.json?center=IL&asOf=2026-02-30", 400, "BAD_USER_INPUT"],
    ["network.json?center=nowhere-at-all", 404, "NOT_FOUND"],
    ["network.json?center=IL&sector=no-such-sector", 404, "NOT_FOUND"],
  ])("answers %s with a coded %i", async (query, status, code) => {
    const response = await get(query);
    const body = await response.json();
    expect({ status: response.status, code: body.errors[0].extensions.code }).toEqual({ status, code });
  });
});
