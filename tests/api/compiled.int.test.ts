import { asOfParams, network, type NetworkLink } from "../../src/api/traversal.repository";
import { startTestApi } from "../support/api-client";
import { connectTest, TEST_TODAY } from "../support/test-neo4j";

/**
 * A root lookup's whole selection is fetched in ONE compiled statement, and answers exactly as
 * the field-by-field DataLoader path does. Three selections per root field, most of them asking
 * for fields no benchmark uses.
 */
const CASES: Array<[string, string]> = [
  [
    "agreements",
    `{ agreements(first: 5) { totalCount edges { cursor node { id title parties { name } signatures { person { name } capacity } sectors { sector { name } } } } pageInfo { hasNextPage endCursor } } }`,
  ],
  [
    "agreements",
    `{ agreements(first: 3, orderBy: TITLE_ASC, filter: { kind: "declaration" }) { edges { node { title acts { act date party { id } } partyList { completeness } claims { value status } } } } }`,
  ],
  // A page's nodes selected through fragments: they still fetch what the fragments read.
  [
    "agreements",
    `{ agreements(first: 3) { ...page } } fragment page on AgreementConnection { edges { ... on AgreementEdge { node { title parties { name } } } } }`,
  ],
  [
    "agreements",
    `{ agreements(first: 4, filter: { text: "quantum" }) { totalCount edges { node { id place { name country { code } } predecessors { title } initiatives { name } externalIds { value } } } } }`,
  ],
  [
    "agreement",
    `{ agreement(id: "us-israel-ai-declaration-2026") { id title signedOn signatures { person { name } capacity onBehalfOf { name } } } }`,
  ],
  [
    "agreement",
    `{ agreement(id: "pax-silica-declaration-2025") { title place { name disputed country { code } } acts { act date party { id name } sources { title } }
      partyList { completeness listed reported sources { id } } sectors { sector { id nameFr parent { id } } sources { id } } claims { field value status settledBy { id } } } }`,
  ],
  [
    "agreement",
    `{ agreement(id: "council-of-europe-ai-convention-2024") { parties { __typename ... on Country { code region } ... on Organization { kind } }
      attendances { person { name } capacity } initiatives { id } predecessors { id } statements { summary person { name } } commitments externalIds { scheme value sources { id } } wikidataId } }`,
  ],
  [
    "initiative",
    `{ initiative(id: "pax-silica") { name members(asOf: "2026-03-01") { kind since party { id name } sources { id } } } }`,
  ],
  [
    "initiative",
    `{ initiative(id: "wassenaar-arrangement") { memberList { completeness listed reported } sectors { sector { name } } agreements { id title } sources { title publisher } } }`,
  ],
  [
    "initiative",
    `{ initiative(id: "gpai") { members { party { ... on Country { code } ... on Organization { id } } kind since until note } claims { value } externalIds { value } } }`,
  ],
  [
    "person",
    `{ person(id: "rishi-sunak") { name positions { title from to current country { code } organization { name } sources { id } } } }`,
  ],
  [
    "person",
    `{ person(id: "erez-eskel") { name aliases signatures { capacity agreement { id title } onBehalfOf { name } place { name } } statements { summary } } }`,
  ],
  [
    "person",
    `{ person(id: "gideon-saar") { attendances { capacity agreement { title } } held: positions(asOf: "2026-06-01") { title organization { id country { code } } } sources { id } } }`,
  ],
  [
    "organization",
    `{ organization(id: "european-union") { name kind memberships { kind since initiative { id name } } } }`,
  ],
  [
    "organization",
    `{ organization(id: "israel-national-ai-directorate") { name country { name } parent { id } sources { title } } }`,
  ],
  [
    "organization",
    `{ organization(id: "oecd") { wikidataId externalIds { scheme value } memberships(asOf: "2020-01-01") { initiative { id } } } }`,
  ],
  ["country", `{ country(code: "ISR") { code name memberships { kind since initiative { name } } sources { id } } }`],
  [
    "country",
    `{ country(code: "jp") { wikidataId externalIds { scheme value sources { title } } memberships(asOf: "2024-01-01") { kind } } }`,
  ],
  ["country", `{ country(code: "US") { name region subregion aliases } }`],
  [
    "party",
    `{ party(id: "european-union") { id name ... on Organization { kind memberships { initiative { id } } } } }`,
  ],
  [
    "party",
    `{ party(id: "IL") { ... on Country { code } memberships { since sources { id } } externalIds { value } } }`,
  ],
  ["party", `{ party(id: "kor") { name sources { title publisher } } }`],
  ["sector", `{ sector(id: "semiconductors") { name nameFr parent { id } children { id name } sources { id } } }`],
  ["sector", `{ sector(id: "artificial-intelligence") { children { id children { id } } } }`],
  ["sector", `{ sector(id: "quantum") { id name parent { name } } }`],
  // Each node fetches only the properties its selection reads: these ask, through a child, for
  // properties of the node the child hangs from, which must then come whole.
  [
    "agreement",
    `{ agreement(id: "us-israel-ai-declaration-2026") { id signatures { agreement { summary binding } person { signatures { agreement { titleFr } } } } statements { agreement { kind } } } }`,
  ],
  ["initiative", `{ initiative(id: "pax-silica") { id members { initiative { summary } party { name } } } }`],
  // Relationship objects fetch the relationship properties their selected fields read, and those
  // their parent's resolver reads (memberships their dates, to keep those of the day).
  [
    "agreement",
    `{ agreement(id: "us-israel-ai-declaration-2026") { signatures { date datePrecision place { name } sources { id } } attendances { capacity } sectors { sources { title } } } }`,
  ],
  [
    "person",
    `{ person(id: "erez-eskel") { signatures { date person { name } agreement { title } } attendances { person { id } } } }`,
  ],
  [
    "initiative",
    `{ initiative(id: "pax-silica") { members(asOf: "2026-02-01") { note sincePrecision until untilPrecision } sectors { sector { id } } } }`,
  ],
  // Party.partners takes arguments: its own fragment, inside the root's statement.
  [
    "country",
    `{ country(code: "IL") { name partners(sector: "semiconductors", first: 5) { partner { name } strength since links { partySince partnerSince since } } } }`,
  ],
  [
    "party",
    `{ party(id: "european-union") { id partners(from: "2023-01-01", first: 3) { partner { id ... on Country { region } } since strength } } }`,
  ],
  [
    "country",
    `{ country(code: "IL") { code memberships { party { name ... on Country { region } } initiative { memberList { note listed } } } } }`,
  ],
];

describe("Compiled root lookups", () => {
  let compiled: Awaited<ReturnType<typeof startTestApi>>;
  let loaders: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    compiled = await startTestApi();
    loaders = await startTestApi({ compileSelections: false });
  });
  afterAll(async () => {
    await compiled.stop();
    await loaders.stop();
  });

  it.each(CASES)("%s: one statement, the same answer as the loaders (%#)", async (field, query) => {
    const fast = await compiled.query(query);
    const slow = await loaders.query(query);
    expect(fast.body.errors).toBeUndefined();
    expect(fast.body.data[field]).not.toBeNull();
    expect(fast.body).toEqual(slow.body);
    expect(fast.statements).toEqual([`compiled/${field}`]);
    // The loaders' path needs more statements whenever the selection follows a link.
    expect(slow.statements.length).toBeGreaterThanOrEqual(1);
  });

  it("fetches partners' link sources and sectors only when selected, with the loaders' answer either way", async () => {
    // The entities behind those ids (sources, sectors, hubs) are loaded by a second statement.
    const detailed = `{ country(code: "US") { partners(first: 4) { partner { name } sectors { id } ...linkSources } } }
      fragment linkSources on Partnership { links { hub { __typename } since sources { id } } }`;
    const fast = await compiled.query(detailed);
    expect(fast.body.errors).toBeUndefined();
    expect(fast.body).toEqual((await loaders.query(detailed)).body);
    const partners = fast.body.data.country.partners;
    expect(partners.some((p: any) => p.sectors.length > 0)).toBe(true);
    expect(partners.some((p: any) => p.links.some((l: any) => l.sources.length > 0))).toBe(true);
  });

  it("counts partners without their dates to the same strengths, order and partners as with them", async () => {
    // A selection without since, links or date filters takes the -counted fragments, which skip the
    // grouping per hub; one with `since` takes the -dated ones. Both must rank the same partners.
    const parties = ["US", "IL", "european-union"];
    const sectors = [null, "semiconductors", "artificial-intelligence", "space"];
    let compared = 0;
    for (const id of parties)
      for (const sector of sectors) {
        const args = `first: 25${sector ? `, sector: "${sector}"` : ""}`;
        const counted = await compiled.query(
          `{ party(id: "${id}") { partners(${args}) { partner { id } strength } } }`,
        );
        const dated = await compiled.query(
          `{ party(id: "${id}") { partners(${args}) { partner { id } strength since } } }`,
        );
        expect(counted.body.errors).toBeUndefined();
        const ranked = dated.body.data.party.partners.map(({ since: _, ...rest }: { since: unknown }) => rest);
        expect(counted.body.data.party.partners).toEqual(ranked);
        compared += ranked.length;
      }
    expect(compared).toBeGreaterThan(100);
  });

  it("gives each partner, fetched with only the properties its selection reads, as a lookup of that party gives it", async () => {
    const fields = `id name nameFr aliases wikidataId sources { id } ... on Country { iso3 region }`;
    const { data } = (await compiled.query(`{ country(code: "IL") { partners(first: 6) { partner { ${fields} } } } }`))
      .body;
    const partners = data.country.partners.map((p: { partner: { id: string } }) => p.partner);
    expect(partners.length).toBe(6);
    for (const partner of partners) {
      const alone = await compiled.query(`{ party(id: "${partner.id}") { ${fields} } }`);
      expect(partner).toEqual(alone.body.data.party);
    }
    expect(partners.some((p: { sources: unknown[] }) => p.sources.length > 0)).toBe(true);
  });

  it("refuses an unknown sector of partners as the loaders do, and runs a second partners field on its own", async () => {
    const query = `{ country(code: "IL") { partners(sector: "semiconductor") { strength } } }`;
    const fast = await compiled.query(query);
    const slow = await loaders.query(query);
    const withoutIds = (body: typeof fast.body) =>
      body.errors?.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, requestId: "…" } }));
    expect(withoutIds(fast.body)).toEqual(withoutIds(slow.body));
    expect(fast.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const twice = await compiled.query(
      `{ country(code: "IL") { a: partners(first: 2) { strength } b: partners(sector: "space") { strength } } }`,
    );
    expect(twice.body.errors).toBeUndefined();
    expect(twice.statements).toEqual(["compiled/country", "read/partners"]);
    // The hubs' and sectors' entities are loaded by id when selected (a statement more).
    const hubs = await compiled.query(`{ country(code: "IL") { partners(first: 2) { agreements { id } } } }`);
    expect(hubs.body.data).toEqual(
      (await loaders.query(`{ country(code: "IL") { partners(first: 2) { agreements { id } } } }`)).body.data,
    );
    expect(hubs.statements).toEqual(["compiled/country", "read/entities-by-id"]);
  });

  it("answers two root fields on one node with different selections as the loaders do", async () => {
    // Each statement fetches only what its own selection reads; the loaders keep both.
    const query = `{ a: agreement(id: "pax-silica-declaration-2025") { parties { name } acts { act } }
      b: agreement(id: "pax-silica-declaration-2025") { parties { ... on Country { region code } } partyList { listed } } }`;
    const fast = await compiled.query(query);
    expect(fast.body.errors).toBeUndefined();
    expect(fast.body).toEqual((await loaders.query(query)).body);
    expect(fast.statements).toEqual(["compiled/agreement", "compiled/agreement"]);
  });

  it("answers null, in one statement, for an id that matches nothing", async () => {
    const res = await compiled.query(`{ agreement(id: "no-such-agreement") { id signatures { capacity } } }`);
    expect(res.body.data.agreement).toBeNull();
    expect(res.statements).toEqual(["compiled/agreement"]);
  });

  it("falls back to a field's own statement where the selection cannot be compiled", async () => {
    const res = await compiled.query(
      `{ organization(id: "european-union") { name agreements(first: 2) { totalCount } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.statements[0]).toBe("compiled/organization");
    expect(res.statements).toContain("compiled/agreements");
  });

  it.each([
    [
      "a party, two steps out",
      `{ network(center: "IL", depth: 2) { nodes { id type } edges { source target type } } }`,
    ],
    [
      "a person: its own links, then the network of its hubs",
      `{ network(center: "erez-eskel") { nodes { id type } edges { type } } }`,
    ],
    ["a hub, as of a day", `{ network(center: "pax-silica", asOf: "2026-03-01") { nodes { id } } }`],
  ])("draws the network around %s in one statement", async (_label, query) => {
    const res = await compiled.query(query);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.network.nodes.length).toBeGreaterThan(1);
    expect(res.statements).toEqual(["compiled/network"]);
  });

  it("answers a network's ids alone as the full selection has them, which equals the loaders' answer", async () => {
    const full = `{ network(center: "IL", depth: 2) { nodes { id type label } edges { id source target type label } } }`;
    const [ids, all] = await Promise.all([
      compiled.query(`{ network(center: "IL", depth: 2) { nodes { id } edges { id } } }`),
      compiled.query(full),
    ]);
    const { nodes, edges } = all.body.data.network;
    expect(ids.body.data.network).toEqual({
      nodes: nodes.map((n: { id: string }) => ({ id: n.id })),
      edges: edges.map((e: { id: string }) => ({ id: e.id })),
    });
    expect(edges.some((e: { label: string | null }) => e.label === "signed")).toBe(true);
    expect(all.body).toEqual((await loaders.query(full)).body);
  });

  it("links a person's network through the agreement it signed to the agreement's parties", async () => {
    const res = await compiled.query(`{ network(center: "erez-eskel") { nodes { id } } }`);
    const ids = res.body.data.network.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["erez-eskel", "us-israel-ai-declaration-2026", "IL", "US"]));
  });

  it.each([
    ["codes in any case", `{ shortestPaths(from: "isr", to: "jp") { length steps { via { __typename } } } }`],
    ["sectors", `{ shortestPaths(from: "IL", to: "JP", sectors: ["semiconductors"]) { length } }`],
    ["the same party at both ends", `{ shortestPaths(from: "IL", to: "ISR") { length } }`],
  ])("finds shortest paths with %s in one statement", async (_label, query) => {
    const res = await compiled.query(query);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.shortestPaths.length).toBeGreaterThan(0);
    expect(res.statements).toEqual(["compiled/shortestPaths"]);
  });

  it.each([
    `{ shortestPaths(from: "IL", to: "JP") { steps { from { name } to { name } via { __typename ... on Agreement { title signedOn } ... on Initiative { name } } } } }`,
    `{ shortestPaths(from: "IL", to: "JP") { steps { from { ... on Country { code region } } via { ... on Agreement { binding kind } } } } }`,
    `{ shortestPaths(from: "US", to: "KR", first: 3) { steps { to { id name sources { id } } via { __typename ... on Agreement { parties { name } } } } } }`,
    // Steps selected through a fragment: their nodes still fetch what the fragment reads.
    `{ shortestPaths(from: "IL", to: "JP") { ...hops } } fragment hops on AlliancePath { steps { ... on PathStep { from { name } } to { name } } }`,
  ])("projects the path nodes' selected properties only, with the loaders' answer (%#)", async (query) => {
    const fast = await compiled.query(query);
    expect(fast.body.errors).toBeUndefined();
    expect(fast.body.data.shortestPaths.length).toBeGreaterThan(0);
    expect(fast.body).toEqual((await loaders.query(query)).body);
  });
});

describe("The network statement", () => {
  const { driver, gateway } = connectTest();
  afterAll(() => driver.close());

  // Each step reads every link of its frontier, the links back to the step before included: the
  // statement leaves those out, since the step before listed them (half the JSON at depth 2).
  it.each<[string, { center: string; depth: number; asOf?: string; sectors?: string[] }]>([
    ["a party at depth 2", { center: "IL", depth: 2 }],
    ["a person at depth 2", { center: "erez-eskel", depth: 2 }],
    ["a hub at depth 3, as of a day", { center: "pax-silica", depth: 3, asOf: "2026-03-01" }],
    ["a party through hubs of a sector", { center: "JP", depth: 2, sectors: ["semiconductors"] }],
  ])("lists each link of %s once", async (_label, { center, depth, asOf, sectors }) => {
    const found = await network(gateway, {
      center,
      depth,
      sectors: sectors ?? null,
      nodeDetails: false,
      linkLabels: false,
      linkProperties: false,
      ...asOfParams(asOf, TEST_TODAY),
    });
    const ids = found!.steps.flat().map(linkId);
    expect(ids.length).toBeGreaterThan(depth);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const linkId = (l: NetworkLink) => `${l.source}-${l.type}-${l.key ?? ""}-${l.target}`;
  const around = (details: boolean) =>
    network(gateway, {
      center: "erez-eskel",
      depth: 2,
      sectors: null,
      nodeDetails: details,
      linkLabels: details,
      linkProperties: details,
      ...asOfParams(undefined, TEST_TODAY),
    });

  it("reads kinds, names, labels and properties only when asked, around the same nodes and links", async () => {
    const [bare, full] = await Promise.all([around(false), around(true)]);
    expect(bare!.nodes.map((n) => n.id)).toEqual(full!.nodes.map((n) => n.id));
    expect(bare!.steps.map((step) => step.map(linkId))).toEqual(full!.steps.map((step) => step.map(linkId)));
    expect(bare!.nodes.every((n) => n.kind === null && n.name === null)).toBe(true);
    expect(bare!.steps.flat().every((l) => l.label === null && Object.keys(l.props).length === 0)).toBe(true);
    expect(full!.center).toEqual({ id: "erez-eskel", kind: "Person", name: expect.any(String) });
    expect(full!.nodes.every((n) => n.kind !== null && n.name !== null)).toBe(true);
    const signed = full!.steps.flat().find((l) => l.type === "ACTED_ON");
    expect(signed).toMatchObject({ label: expect.any(String), props: { act: signed!.label } });
  });
});
