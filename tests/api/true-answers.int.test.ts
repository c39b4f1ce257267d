import { startTestApi } from "../support/api-client";

/** Answers that must not state false things: partial lists, each party's own dates, offices that end. */
describe("True answers", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());
  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);
  const PARTICIPATION = `query($p: ID!, $in: ID!, $asOf: Date) { participation(party: $p, in: $in, asOf: $asOf) {
    status explanation party { id } agreement { id } initiative { id } acts { act date sources { id } } memberships { kind since } } }`;

  it("never says Germany stayed out of the Bletchley Declaration", async () => {
    const { participation } = await data(PARTICIPATION, { p: "DE", in: "bletchley-declaration-2023" });
    expect(["PARTY", "UNKNOWN"]).toContain(participation.status);
    expect(participation.status).toBe("PARTY"); // the list is now complete: 28 countries and the EU
    expect(participation.explanation).toMatch(/signed it on 2023-11-01/);
  });

  it("answers UNKNOWN, with the reason, for a party missing from a partial list", async () => {
    const { agreement } = await data(
      `{ agreement(id: "seoul-ministerial-statement-2024") { partyList { completeness listed reported note } } }`,
    );
    expect(agreement.partyList).toMatchObject({ completeness: "PARTIAL", reported: 28 });
    const { participation } = await data(PARTICIPATION, { p: "DE", in: "seoul-ministerial-statement-2024" });
    expect(participation.status).toBe("UNKNOWN");
    expect(participation.explanation).toBe(
      `Not among the ${agreement.partyList.listed} parties listed; the sources report 28, so this list is partial.`,
    );
  });

  it("answers NOT_PARTY from a sourced refusal even on a partial list, and leaves refusals out of parties", async () => {
    const { participation } = await data(PARTICIPATION, { p: "US", in: "paris-ai-action-summit-statement-2025" });
    expect(participation.status).toBe("NOT_PARTY");
    expect(participation.explanation).toMatch(/declined to sign it \(2025-02-11\)/);
    expect(participation.acts).toEqual([expect.objectContaining({ act: "DECLINED", date: "2025-02-11" })]);
    expect(participation.acts[0].sources.length).toBeGreaterThanOrEqual(2);
    const { agreement } = await data(
      `{ agreement(id: "paris-ai-action-summit-statement-2025") { parties { id } partyList { completeness } } }`,
    );
    expect(agreement.partyList.completeness).toBe("PARTIAL");
    expect(agreement.parties.map((p: { id: string }) => p.id)).not.toEqual(expect.arrayContaining(["US"]));
    expect(agreement.parties.map((p: { id: string }) => p.id)).not.toEqual(expect.arrayContaining(["GB"]));
    const { country } = await data(`{ country(code: "US") { agreements(first: 100) { edges { node { id } } } } }`);
    expect(country.agreements.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      "paris-ai-action-summit-statement-2025",
    );
  });

  it("says how far a party's agreements rest on partial lists, and nothing on the top-level list", async () => {
    const { country, agreements } =
      await data(`{ country(code: "DE") { agreements { totalCount partialListsNotListing } }
      agreements { totalCount partialListsNotListing } }`);
    expect(country.agreements.partialListsNotListing).toBeGreaterThan(0);
    expect(agreements.partialListsNotListing).toBeNull();
  });

  it("dates Israel's partnerships by each party's own date on the hub", async () => {
    const { country } =
      await data(`{ country(code: "IL") { partners(first: 100) { partner { id } since strength agreements { id } initiatives { id }
      links { hub { ... on Agreement { id } ... on Initiative { id } } partySince partnerSince since sources { id } } } } }`);
    const partner = (id: string) => country.partners.find((p: { partner: { id: string } }) => p.partner.id === id);
    const link = (id: string, hub: string) => partner(id).links.find((l: { hub: { id: string } }) => l.hub.id === hub);
    const argentina = link("AR", "pax-silica");
    expect(argentina).toMatchObject({ partySince: "2025-12-12", partnerSince: "2026-06-27", since: "2026-06-27" });
    expect(argentina.sources.length).toBeGreaterThan(0);
    expect(link("JP", "council-of-europe-ai-convention-2024")).toMatchObject({
      partySince: "2024-09-05",
      partnerSince: "2025-02-11",
      since: "2025-02-11",
    });
    // A partnership begins with its earliest link, and Pax Silica's initiative and founding declaration count once.
    const japan = partner("JP");
    expect(japan.since).toBe([...japan.links.map((l: { since: string | null }) => l.since).filter(Boolean)].sort()[0]);
    const hubs = japan.agreements.length + japan.initiatives.length;
    expect(japan.strength).toBeLessThan(hubs);
  });

  it("filters partners by the day the partnership began, for initiatives too", async () => {
    const window = await data(
      `{ country(code: "IL") { partners(from: "2026-06-01", to: "2026-06-30", first: 100) { partner { id } since } } }`,
    );
    const all = await data(`{ country(code: "IL") { partners(first: 100) { partner { id } since } } }`);
    type P = { partner: { id: string }; since: string | null };
    const ids = (list: P[]) => list.map((p) => p.partner.id).sort();
    // The partnerships whose first day falls in the window, and only those, whatever the hubs' own dates.
    const expected = all.country.partners.filter(
      (p: P) => p.since && p.since >= "2026-06-01" && p.since <= "2026-06-30",
    );
    for (const p of window.country.partners) expect(p.since >= "2026-06-01" && p.since <= "2026-06-30").toBe(true);
    expect(ids(window.country.partners)).toEqual(expect.arrayContaining(ids(expected)));
    expect(window.country.partners.length).toBeGreaterThan(0);
    expect(ids(window.country.partners)).not.toContain("US");
    // Argentina joined Pax Silica in June 2026, but its partnership with Israel began earlier, through another hub.
    expect(all.country.partners.find((p: P) => p.partner.id === "AR").since < "2026-06-01").toBe(true);
  });

  it("links a party to a hub in the network only from its own date on", async () => {
    const ids = async (asOf: string) =>
      (await data(`{ network(center: "pax-silica", depth: 1, asOf: "${asOf}") { nodes { id } } }`)).network.nodes.map(
        (n: { id: string }) => n.id,
      );
    expect(await ids("2026-03-01")).not.toContain("AR");
    expect(await ids("2026-07-01")).toContain("AR");
    expect(await ids("2026-03-01")).toContain("IN"); // joined on 2026-02-20
  });

  it("ends Rishi Sunak's time as Prime Minister on 2024-07-05, and leaves ended offices out as of a day", async () => {
    const { person } = await data(
      `{ person(id: "rishi-sunak") { all: positions { title from to current } held: positions(asOf: "2026-06-01") { title } } }`,
    );
    expect(person.all).toContainEqual({
      title: "Prime Minister of the United Kingdom",
      from: "2022-10-25",
      to: "2024-07-05",
      current: false,
    });
    expect(person.held).toEqual([]);
    const { people } = await data(
      `{ people(first: 100) { edges { node { id held: positions(asOf: "2026-06-01") { to current } } } } }`,
    );
    for (const { node } of people.edges)
      for (const p of node.held) expect(p.to === null || p.to > "2026-06-01").toBe(true);
  });

  it("says an office is current only when a recent source names the person in post", async () => {
    const { person } = await data(
      `{ person(id: "jacob-helberg") { positions { title to current sources { publishedOn } } } }`,
    );
    const [office] = person.positions;
    expect(office.to).toBeNull();
    // Sources of 2026 name him in post; "today" is 2026-12-01 in tests.
    expect(
      office.sources.some((s: { publishedOn: string | null }) => s.publishedOn && s.publishedOn >= "2025-12-01"),
    ).toBe(true);
    expect(office.current).toBe(true);
  });

  it("gives an initiative's member list its completeness, and drops the reported count for a past day", async () => {
    const { now, past } =
      await data(`{ now: initiative(id: "wassenaar-arrangement") { memberList { completeness listed reported sources { id } } }
      past: initiative(id: "wassenaar-arrangement") { memberList(asOf: "2000-01-01") { completeness listed reported } } }`);
    expect(now.memberList).toMatchObject({ completeness: "COMPLETE", listed: 42, reported: 42 });
    expect(now.memberList.sources.length).toBeGreaterThan(0);
    expect(past.memberList.reported).toBeNull();
    expect(past.memberList.listed).toBeLessThan(42);
  });

  it("keeps a signer's capacity on the day, whatever the person holds now", async () => {
    const { agreement } = await data(
      `{ agreement(id: "us-uk-technology-prosperity-deal-2025") { signatures { person { id } capacity } } }`,
    );
    expect(agreement.signatures).toContainEqual({
      person: { id: "keir-starmer" },
      capacity: "Prime Minister of the United Kingdom",
    });
  });

  it("marks a source's error as ERRONEOUS with the sources that settle it, and a claim the graph contradicts", async () => {
    const { agreement } = await data(
      `{ agreement(id: "eu-japan-digital-partnership-2022") { claims { value status settledBy { id } } } }`,
    );
    const wrong = agreement.claims.find((c: { value: string }) => /29th/.test(c.value));
    expect(wrong.status).toBe("ERRONEOUS");
    expect(wrong.settledBy.length).toBeGreaterThan(0);
    const { agreement: declaration } = await data(
      `{ agreement(id: "us-israel-ai-declaration-2026") { claims { status contradictedBy { note fact { ... on Agreement { id } } } } } }`,
    );
    const contradicted = declaration.claims.find((c: { contradictedBy: unknown[] }) => c.contradictedBy.length > 0);
    expect(contradicted.contradictedBy[0].fact.id).toBe("uk-us-ai-safety-mou-2024");
  });

  it.each([
    ["sector", `{ country(code: "IL") { partners(sector: "semiconductor") { strength } } }`, "semiconductors"],
    ["in", `{ participation(party: "DE", in: "bletchley-declaration") { status } }`, "bletchley-declaration-2023"],
    ["party", `{ participation(party: "XX", in: "bletchley-declaration-2023") { status } }`, undefined],
    ["initiative", `{ agreements(filter: { initiative: "pax-silicon" }) { totalCount } }`, "pax-silica"],
    ["sectors", `{ network(center: "IL", sectors: ["quantum-computing-x"]) { nodes { id } } }`, undefined],
  ])(
    "answers NOT_FOUND naming %s, what came and close ids, instead of an empty list",
    async (argument, query, suggestion) => {
      const res = await api.query(query);
      const error = res.body.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: "NOT_FOUND", argument });
      expect(error?.message).toContain(`"${argument}"`);
      if (suggestion) expect(error?.extensions?.suggestions).toContain(suggestion);
      expect(error?.extensions?.suggestions.length).toBeLessThanOrEqual(3);
    },
  );

  it("still answers null to a single lookup by an unknown id", async () => {
    expect((await data(`{ agreement(id: "no-such-agreement") { id } }`)).agreement).toBeNull();
  });
});
