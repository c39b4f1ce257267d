import { startTestApi } from "../support/api-client";

/** Filters, sorting, keyset pages and partial dates, each answered by one GraphQL query. */
describe("Filters, sorting, pages and partial dates", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  describe("partial dates", () => {
    const israel = (asOf: string) =>
      api.data(`{ country(code: "IL") { memberships(asOf: "${asOf}") { since initiative { id } } } }`);

    it("reads an asOf month as its last day: Israel's memberships as of 2026-01", async () => {
      const ids = (d: any) => d.country.memberships.map((m: { initiative: { id: string } }) => m.initiative.id);
      const month = ids(await israel("2026-01"));
      const firstDay = ids(await israel("2026-01-01"));
      // Israel joined the US–Israel partnership on 2026-01-16: in the month, not on its first day.
      expect(month).toContain("us-israel-strategic-partnership-ai");
      expect(firstDay).not.toContain("us-israel-strategic-partnership-ai");
      expect(month).toEqual(expect.arrayContaining(firstDay));
      expect(ids(await israel("2026-01-31"))).toEqual(month);
    });

    it("reads a year in a lower bound as its first day and in an upper bound as its last", async () => {
      const titles = async (filter: string) =>
        (
          await api.data(`{ agreements(first: 100, filter: { ${filter} }) { edges { node { signedOn } } } }`)
        ).agreements.edges.map((e: { node: { signedOn: string } }) => e.node.signedOn);
      const in2024 = await titles(`signedFrom: "2024", signedTo: "2024"`);
      expect(in2024.length).toBeGreaterThan(0);
      expect(in2024.every((d: string) => d >= "2024-01-01" && d <= "2024-12-31")).toBe(true);
      expect(await titles(`signedFrom: "2024-01-01", signedTo: "2024-12-31"`)).toEqual(in2024);
    });

    it.each([
      ["inline", `{ country(code: "IL") { memberships(asOf: "2026-1") { since } } }`, {}],
      [
        "through a variable",
        `query($d: Date) { country(code: "IL") { memberships(asOf: $d) { since } } }`,
        { d: "January 2026" },
      ],
    ])("refuses a malformed date %s with BAD_USER_INPUT showing the three forms", async (_how, query, variables) => {
      const res = await api.query(query, variables);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.body.errors?.[0].message).toMatch(/"2023", "2023-05" or "2023-05-14"/);
    });
  });
});

describe("where, sort and keyset pages", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  /** Every agreement id in a sort's order, walked forwards by pages of `size`. */
  const walk = async (sort: string, size = 100) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await api.data(
        `query($after: String) { agreements(first: ${size}, after: $after${sort}) { edges { node { id title } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...page.agreements.edges.map((e: any) => e.node.id));
      if (!page.agreements.pageInfo.hasNextPage) return ids;
      after = page.agreements.pageInfo.endCursor;
    }
  };

  it("finds the agreements France took part in since 2023 that are not binding, in one statement", async () => {
    const res = await api.query(`{ agreements(first: 100, where: {
        signedOn: { gte: "2023" }, parties: { some: { code: { eq: "FR" } } }, NOT: { binding: { eq: true } } }) {
      totalCount edges { node { id signedOn binding parties { ... on Country { code } } } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.statements).toEqual(["compiled/agreements"]);
    const nodes = res.body.data.agreements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(res.body.data.agreements.totalCount).toBe(nodes.length);
    for (const a of nodes) {
      expect(a.signedOn >= "2023-01-01").toBe(true);
      expect(a.binding).not.toBe(true);
      expect(a.parties.map((p: { code?: string }) => p.code)).toContain("FR");
    }
    // The same agreements through the older filter, checked in TypeScript.
    const all = await api.data(`{ agreements(first: 100, filter: { party: "FR", signedFrom: "2023-01-01" }) {
      edges { node { id binding } } } }`);
    const expected = all.agreements.edges.map((e: any) => e.node).filter((a: any) => a.binding !== true);
    expect(nodes.map((a: any) => a.id).sort()).toEqual(expected.map((a: any) => a.id).sort());
  });

  it("finds the countries in both Pax Silica and CETS 225, in one statement", async () => {
    const res = await api.query(`{ countries(first: 100, where: {
        memberships: { some: { initiative: { id: { eq: "pax-silica" } }, NOT: { kind: { eq: ATTENDED } } } },
        agreements: { some: { id: { eq: "council-of-europe-ai-convention-2024" } } } }) { edges { node { code } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.statements).toEqual(["compiled/countries"]);
    const codes = res.body.data.countries.edges.map((e: any) => e.node.code);
    const members = await api.data(
      `{ initiative(id: "pax-silica") { members { kind party { ... on Country { code } } } } }`,
    );
    const parties = await api.data(
      `{ agreement(id: "council-of-europe-ai-convention-2024") { parties { ... on Country { code } } } }`,
    );
    const inPax = new Set(
      members.initiative.members
        .filter((m: any) => m.kind !== "ATTENDED")
        .map((m: any) => m.party.code)
        .filter(Boolean),
    );
    const expected = parties.agreement.parties.map((p: any) => p.code).filter((c: string) => c && inPax.has(c));
    expect(codes.length).toBeGreaterThan(0);
    expect([...codes].sort()).toEqual([...new Set(expected)].sort());
  });

  it("sorts agreements by title descending and pages backwards with last/before, in one statement each", async () => {
    const titles = (
      await api.data(`{ agreements(first: 100, sort: [{ title: DESC }]) { edges { node { title } } } }`)
    ).agreements.edges.map((e: any) => e.node.title);
    expect(titles).toEqual([...titles].sort((a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)));
    const ids = await walk(", sort: [{ title: DESC }]");
    const last = await api.query(`{ agreements(last: 5, sort: [{ title: DESC }]) {
      edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    expect(last.statements).toEqual(["compiled/agreements"]);
    const lastPage = last.body.data.agreements;
    expect(lastPage.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-5));
    expect(lastPage.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await api.query(
      `query($before: String) { agreements(last: 5, before: $before, sort: [{ title: DESC }]) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      { before: lastPage.pageInfo.startCursor },
    );
    expect(before.statements).toEqual(["compiled/agreements"]);
    expect(before.body.data.agreements.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-10, -5));
    expect(before.body.data.agreements.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // Forwards again from that page's end cursor: the first row of the last page.
    const forwards = await api.data(
      `query($after: String) { agreements(first: 1, after: $after, sort: [{ title: DESC }]) { edges { node { id } } } }`,
      { after: before.body.data.agreements.pageInfo.endCursor },
    );
    expect(forwards.agreements.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-5, -4));
  });

  it("walks the same agreements, in the same order, whatever the page size (undated ones included)", async () => {
    const { totalCount } = (await api.data(`{ agreements(first: 0) { totalCount } }`)).agreements;
    const big = await walk("");
    expect(big).toHaveLength(totalCount);
    expect(new Set(big).size).toBe(totalCount);
    expect(await walk("", 7)).toEqual(big);
    // The order read from the signedOn index (undated ones apart) is the sort's own: newest first,
    // undated before any dated one (DESC puts missing values first), then title, then id. Every
    // agreement with its keys, read in an order no index serves (by title), page by page:
    const rows: any[] = [];
    for (let after: string | null = null; ;) {
      const page: any = await api.data(
        `query($after: String) { agreements(first: 100, after: $after, sort: [{ title: ASC }]) { edges { node { id title signedOn } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      rows.push(...page.agreements.edges.map((e: any) => e.node));
      if (!page.agreements.pageInfo.hasNextPage) break;
      after = page.agreements.pageInfo.endCursor;
    }
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [...rows].sort(
      (a: any, b: any) =>
        (a.signedOn === null
          ? b.signedOn === null
            ? 0
            : -1
          : b.signedOn === null
            ? 1
            : cmp(b.signedOn, a.signedOn)) ||
        cmp(a.title, b.title) ||
        cmp(a.id, b.id),
    );
    expect(big).toEqual(expected.map((a: any) => a.id));
    expect(rows.some((a: any) => a.signedOn === null)).toBe(true);
    expect(await walk(`, orderBy: SIGNED_ON_ASC`, 9)).toEqual(
      await walk(`, sort: [{ signedOn: ASC }, { title: ASC }]`),
    );
  });

  it("answers an empty list for a where that matches nothing, and refuses an unknown field with a suggestion", async () => {
    const none = await api.data(
      `{ initiatives(where: { name: { eq: "no such initiative" } }) { edges { node { id } } } }`,
    );
    expect(none.initiatives.edges).toEqual([]);
    const res = await api.query(`{ sources(where: { titel: { contains: "AI" } }) { edges { node { id } } } }`);
    expect(res.body.errors?.[0].message).toMatch(/Did you mean "title"/);
  });

  it("refuses a cursor of another sort", async () => {
    const page = await api.data(`{ people(first: 2) { pageInfo { endCursor } } }`);
    const res = await api.query(
      `query($after: String) { people(first: 2, after: $after, sort: [{ name: DESC }]) { edges { node { id } } } }`,
      { after: page.people.pageInfo.endCursor },
    );
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("nested connections", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it("pages an initiative's memberships with a where on their kind and party, beside the plain list", async () => {
    const plain = await api.data(`{ initiative(id: "pax-silica") { members { kind party { id } } } }`);
    const signatories = plain.initiative.members
      .filter((m: any) => m.kind !== "ATTENDED")
      .map((m: any) => m.party.id)
      .sort();
    const res = await api.data(`{ initiative(id: "pax-silica") {
      membersConnection(first: 100, where: { NOT: { kind: { eq: ATTENDED } } }) { totalCount edges { node { kind since party { id } } } } } }`);
    const connection = res.initiative.membersConnection;
    expect(connection.totalCount).toBe(connection.edges.length);
    expect(connection.edges.every((e: any) => e.node.kind !== "ATTENDED")).toBe(true);
    expect(
      connection.edges
        .map((e: any) => e.node.party.id)
        .filter((id: string) => signatories.includes(id))
        .sort(),
    ).toEqual(signatories);
    const sinces = connection.edges.map((e: any) => e.node.since).filter(Boolean);
    expect(sinces).toEqual([...sinces].sort());

    const israel = await api.data(`{ initiative(id: "pax-silica") {
      membersConnection(where: { party: { id: { eq: "IL" } } }) { edges { node { party { id } } } } } }`);
    expect(israel.initiative.membersConnection.edges.map((e: any) => e.node.party.id)).toEqual(
      plain.initiative.members.some((m: any) => m.party.id === "IL") ? ["IL"] : [],
    );
  });

  it("pages a party's acts by keyset, newest first, filtered by kind and date", async () => {
    const query = `query($after: String) { country(code: "FR") {
      actsConnection(first: 3, after: $after, where: { act: { in: [SIGNED, RATIFIED] }, date: { gte: "2020" } }) {
        edges { node { act date agreement { id } party { id } } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const seen: any[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = (await api.data(query, { after })).country.actsConnection;
      seen.push(...page.edges.map((e: any) => e.node));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBeGreaterThan(3);
    for (const act of seen) {
      expect(["SIGNED", "RATIFIED"]).toContain(act.act);
      expect(act.date >= "2020-01-01").toBe(true);
      expect(act.party.id).toBe("FR");
    }
    const dates = seen.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(seen.map((a) => `${a.agreement.id}|${a.act}`)).size).toBe(seen.length);
  });
});

describe("the README's filter examples and the cost of nesting", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it("answers the README's examples", async () => {
    const data = await api.data(`{
      initiatives(where: { members: { none: { party: { region: { eq: "Europe" } } } } }) { edges { node { id } } }
      people(where: { signatures: { some: { agreement: { kind: { eq: "treaty" } } } } }) { edges { node { id } } }
      organizations(first: 5, sort: [{ name: DESC }]) { totalCount edges { node { name } } }
      sources(first: 3, where: { publishedOn: { gte: "2025-06" } }, sort: [{ publishedOn: DESC }]) { edges { node { publishedOn } } } }`);
    expect(data.initiatives.edges.map((e: any) => e.node.id)).not.toContain("pax-silica");
    expect(data.people.edges.length).toBeGreaterThan(0);
    const names = data.organizations.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort().reverse());
    expect(data.organizations.totalCount).toBeGreaterThan(names.length);
    const published = data.sources.edges.map((e: any) => e.node.publishedOn);
    expect(published.every((d: string) => d >= "2025-06-01")).toBe(true);
    expect(published).toEqual([...published].sort().reverse());
  });

  it("keeps the older filter: arguments, combined with where", async () => {
    const data = await api.data(`{
      countries(first: 100, filter: { region: "Europe" }, where: { code: { startsWith: "F" } }) { edges { node { code region } } }
      members: countries(first: 100, filter: { memberOf: "pax-silica" }, where: { NOT: { code: { eq: "US" } } }) { edges { node { code } } } }`);
    const europe = data.countries.edges.map((e: any) => e.node);
    expect(europe.map((c: any) => c.code)).toContain("FR");
    expect(europe.every((c: any) => c.region === "Europe" && c.code.startsWith("F"))).toBe(true);
    const members = data.members.edges.map((e: any) => e.node.code);
    expect(members.length).toBeGreaterThan(0);
    expect(members).not.toContain("US");
  });

  it("counts filter nesting in the cost: four nested quantifiers are over the limit", async () => {
    const two = await api.query(
      `{ countries(first: 1, where: { agreements: { some: { parties: { some: { code: { eq: "FR" } } } } } }) { totalCount } }`,
    );
    expect(two.body.errors).toBeUndefined();
    const four = await api.query(`{ countries(first: 1, where: {
      agreements: { some: { parties: { some: { agreements: { some: { parties: { some: { code: { eq: "FR" } } } } } } } } } }) { totalCount } }`);
    expect(four.body.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });
});
