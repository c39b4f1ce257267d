import { startTestApi } from "../support/api-client";

describe("GraphQL API over the curated graph", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);

  it("tells who signed the 16 Jan 2026 US–Israel declaration, in which capacity and for whom", async () => {
    const { agreement } = await data(`{ agreement(id: "us-israel-ai-declaration-2026") {
      signedOn signedOnPrecision place { name disputed country { code } }
      signatures { person { name aliases } capacity onBehalfOf { id } date }
      attendances { person { name } capacity } } }`);
    expect(agreement.signedOn).toBe("2026-01-16");
    expect(agreement.signedOnPrecision).toBe("DAY");
    expect(agreement.place).toEqual({ name: "City of David", disputed: true, country: null });
    const signers = Object.fromEntries(agreement.signatures.map((s: any) => [s.person.name, s]));
    expect(Object.keys(signers).sort()).toEqual(["Erez Eskel", "Jacob Helberg"]);
    expect(signers["Erez Eskel"].onBehalfOf.id).toBe("IL");
    expect(signers["Erez Eskel"].capacity).toMatch(/National AI Directorate/);
    expect(signers["Erez Eskel"].person.aliases).toEqual(expect.arrayContaining(["Erez Eshel"]));
    expect(signers["Jacob Helberg"].onBehalfOf.id).toBe("US");
    expect(signers["Jacob Helberg"].capacity).toMatch(/Under Secretary of State/);
    const attendees = agreement.attendances.map((a: any) => a.person.name).sort();
    expect(attendees).toEqual(["Gideon Sa’ar", "Mike Huckabee"]);
  });

  it("lists the declaration's sectors, each with the sources that name it", async () => {
    const { agreement } = await data(
      `{ agreement(id: "us-israel-ai-declaration-2026") { sectors { sector { id } sources { id publisher } } } }`,
    );
    const byId = Object.fromEntries(agreement.sectors.map((c: any) => [c.sector.id, c.sources.map((s: any) => s.id)]));
    expect(byId["high-performance-computing"]).toEqual(["israel-magazine-us-israel-ai-2026"]);
    expect(byId["semiconductors"]).toEqual(
      expect.arrayContaining(["israel-magazine-us-israel-ai-2026", "us-state-dept-us-israel-joint-statement-2026"]),
    );
    expect(byId["edge-innovation"]).not.toContain("israel-magazine-us-israel-ai-2026");
  });

  it("gives Pax Silica's members as of 2025-12-31 and as of 2026-03-01", async () => {
    const members = async (asOf: string) => {
      const { initiative } = await data(
        `query($asOf: Date) { initiative(id: "pax-silica") { members(asOf: $asOf) { party { id } kind } } }`,
        { asOf },
      );
      return initiative.members.map((m: any) => `${m.party.id}:${m.kind}`).sort();
    };
    const founders = ["AU", "GB", "IL", "JP", "KR", "SG", "US"].map((c) => `${c}:FOUNDING_SIGNATORY`);
    expect(await members("2025-12-31")).toEqual(founders.sort());
    expect(await members("2026-03-01")).toEqual(
      [...founders, "AE:SIGNATORY", "IN:SIGNATORY", "QA:SIGNATORY", "TW:ENDORSED"].sort(),
    );
  });

  it("finds Israel and Japan one step apart, through Pax Silica", async () => {
    const { shortestPaths } =
      await data(`{ shortestPaths(from: "IL", to: "jpn", first: 100) { length steps { from { id } to { id }
      via { __typename ... on Initiative { id } ... on Agreement { id } } } } }`);
    expect(shortestPaths.length).toBeGreaterThan(0);
    for (const path of shortestPaths) expect(path.length).toBe(1);
    const vias = shortestPaths.map((p: any) => p.steps[0].via.id);
    expect(vias).toEqual(expect.arrayContaining(["pax-silica", "pax-silica-declaration-2025"]));
    expect(shortestPaths[0].steps[0].from.id).toBe("IL");
    expect(shortestPaths[0].steps[0].to.id).toBe("JP");
  });

  it("ranks Israel's partners in semiconductors, the United States first", async () => {
    const { country } = await data(
      `{ country(code: "ISR") { partners(sector: "semiconductors") { partner { id } strength agreements { id } } } }`,
    );
    const partners = country.partners;
    expect(partners[0].partner.id).toBe("US");
    expect(partners[0].agreements.map((a: any) => a.id)).toContain("us-israel-ai-declaration-2026");
    expect(partners.map((p: any) => p.partner.id)).toContain("JP");
    const strengths = partners.map((p: any) => p.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it("answers a party with its partners in one statement, the sector checked inside it, `first` kept in Cypher", async () => {
    const few = await api.query(
      `{ country(code: "IL") { partners(sector: "semiconductors", first: 2) { partner { id } strength } } }`,
    );
    expect(few.body.errors).toBeUndefined();
    expect(few.statements).toEqual(["compiled/country"]);
    const all = await data(
      `{ country(code: "IL") { partners(sector: "semiconductors", first: 100) { partner { id } strength } } }`,
    );
    expect(few.body.data.country.partners).toEqual(all.country.partners.slice(0, 2));
    expect(all.country.partners.length).toBeGreaterThan(2);
  });

  it.each([["états-unis"], ["Etats Unis"], ["USA"], ["united states"]])(
    "finds the United States for %p",
    async (text) => {
      const { search } = await data(`query($t: String!) { search(text: $t) { id label type } }`, { t: text });
      expect(search[0]).toEqual({ id: "US", label: "United States", type: "COUNTRY" });
    },
  );

  it("matches names without accents or apostrophes, and by press misspellings", async () => {
    const { saar, eshel } = await data(
      `{ saar: search(text: "gideon saar") { id label } eshel: search(text: "Eshel") { id label } }`,
    );
    expect(saar[0].id).toBe("gideon-saar");
    expect(eshel[0]).toEqual({ id: "erez-eskel", label: "Erez Eskel" });
  });

  it.each([[`"); MATCH (n) DETACH DELETE n //`], ["Israël AND (:[~*"], ["\\\\"], ["title:foo^3"]])(
    "searches hostile text %p as plain text",
    async (text) => {
      const res = await api.query(`query($t: String!) { search(text: $t) { id } }`, { t: text });
      expect(res.body.errors).toBeUndefined();
      expect(Array.isArray(res.body.data.search)).toBe(true);
      const { stats } = await data("{ stats { countries } }");
      expect(stats.countries).toBe(249);
    },
  );

  it("runs one statement for pages of 2, 10 and 100 agreements with their parties, signatures and sectors", async () => {
    const query = `query($n: Int) { agreements(first: $n) { totalCount edges { node { id parties { id }
      signatures { person { name } onBehalfOf { id } } sectors { sector { name } sources { id } } } } } }`;
    // One after another: the client reads the statements of the last request.
    const tiny = await api.query(query, { n: 2 });
    const small = await api.query(query, { n: 10 });
    const large = await api.query(query, { n: 100 });
    for (const res of [tiny, small, large]) expect(res.body.errors).toBeUndefined();
    expect(large.body.data.agreements.edges.length).toBeGreaterThan(tiny.body.data.agreements.edges.length);
    // The page and everything its rows need come in one compiled statement, whatever the page size.
    for (const res of [tiny, small, large]) expect(res.statements).toEqual(["compiled/agreements"]);
  });

  it("runs exactly one statement for the benchmark's compiled lookups (point lookup, who signed)", async () => {
    const point = await api.query(`{ agreement(id: "us-israel-ai-declaration-2026") { id title kind signedOn } }`);
    const whoSigned = await api.query(
      `{ agreement(id: "us-israel-ai-declaration-2026") { id signatures { person { name } capacity onBehalfOf { name } } } }`,
    );
    expect(point.statements).toEqual(["compiled/agreement"]);
    expect(whoSigned.statements).toEqual(["compiled/agreement"]);
    expect(whoSigned.body.data.agreement.signatures.length).toBeGreaterThan(0);
  });

  it("refuses a page over 100 with BAD_USER_INPUT naming the limit", async () => {
    const res = await api.query("{ agreements(first: 101) { totalCount } }");
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0].message).toMatch(/100/);
  });

  it("answers null for an unknown id and NOT_FOUND naming it in a traversal", async () => {
    expect((await data(`{ agreement(id: "no-such-thing") { id } country(code: "ZZ") { id } }`)).agreement).toBeNull();
    const res = await api.query(`{ shortestPaths(from: "IL", to: "atlantis") { length } }`);
    expect(res.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(res.body.errors?.[0].message).toContain("atlantis");
  });

  it("rejects a malformed Date with BAD_USER_INPUT and no stack trace", async () => {
    const res = await api.query(`{ initiative(id: "pax-silica") { members(asOf: "2026-13-45") { kind } } }`);
    expect(res.body.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it("draws the network around Israel at depth 1: its agreements, initiatives and linked parties", async () => {
    const { network } = await data(`{ network(center: "IL") { nodes { id type } edges { source target type } } }`);
    const ids = network.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["IL", "pax-silica", "us-israel-ai-declaration-2026", "US", "JP"]));
    expect(network.edges.every((e: any) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);
  });

  it("draws a network through hubs covering the sectors asked for, sub-sectors included", async () => {
    const { all, semis, none } = await data(`{
      all: network(center: "IL") { nodes { id type } }
      semis: network(center: "IL", sectors: ["semiconductors"]) { nodes { id type } edges { source target } }
      none: network(center: "IL", sectors: ["directed-energy"]) { nodes { id } edges { id } } }`);
    const hubs = (nodes: Array<{ id: string; type: string }>) =>
      nodes.filter((n) => n.type === "AGREEMENT" || n.type === "INITIATIVE").map((n) => n.id);
    expect(hubs(semis.nodes)).toContain("pax-silica");
    expect(hubs(semis.nodes).length).toBeLessThan(hubs(all.nodes).length);
    expect(all.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(semis.nodes.map((n: any) => n.id)),
    );
    // Each hub kept covers semiconductors or one of its sub-sectors.
    const { sector } = await data(
      `{ sector(id: "semiconductors") { id children { id children { id children { id } } } } }`,
    );
    const family = (s: any): string[] => [s.id, ...(s.children ?? []).flatMap(family)];
    for (const hub of semis.nodes.filter((n: any) => n.type === "AGREEMENT" || n.type === "INITIATIVE")) {
      const field = hub.type === "AGREEMENT" ? "agreement" : "initiative";
      const found = await data(`{ hub: ${field}(id: "${hub.id}") { sectors { sector { id } } } }`);
      expect(found.hub.sectors.some((c: any) => family(sector).includes(c.sector.id))).toBe(true);
    }
    expect(none).toEqual({ nodes: [{ id: "IL" }], edges: [] });
  });

  it("finds paths only through hubs covering the sectors asked for", async () => {
    const { semis, none } =
      await data(`{ semis: shortestPaths(from: "IL", to: "JP", sectors: ["semiconductors"]) { steps { via { ... on Initiative { id } ... on Agreement { id } } } }
      none: shortestPaths(from: "IL", to: "JP", sectors: ["directed-energy"]) { length } }`);
    expect(semis.length).toBeGreaterThan(0);
    expect(semis.flatMap((p: any) => p.steps.map((s: any) => s.via.id))).toContain("pax-silica");
    expect(none).toEqual([]);
  });

  it("serves GraphiQL to a browser at /graphql, from its own files", async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html" }, redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
    const slash = await fetch(`${api.url}/graphql/`, { headers: { accept: "text/html" }, redirect: "manual" });
    expect(slash.status).toBe(301);
  });

  it("serves health with the Neo4j version", async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect((await res.json()).neo4j).toMatch(/^5\.26\./);
  });
});
