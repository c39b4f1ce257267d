import { startTestApi } from "../support/api-client";

interface Row {
  keys: Array<{ dimension: string; id: string; label: string }>;
  count: number;
}

describe("Counts for dashboards (issue 16)", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);
  const cell = (rows: Row[], ...ids: string[]) => rows.find((r) => r.keys.every((k, i) => k.id === ids[i]))?.count ?? 0;

  it("gives the party × sector matrix of agreements in one statement, each cell as the agreement list counts it", async () => {
    const res = await api.query(
      `{ counts(of: AGREEMENTS, by: [PARTY, SECTOR]) { keys { dimension id label } count } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.statements).toEqual(["compiled/counts"]);
    const rows: Row[] = res.body.data.counts;
    expect(rows.every((r) => r.keys.map((k) => k.dimension).join() === "PARTY,SECTOR" && r.count > 0)).toBe(true);
    expect(rows.find((r) => r.keys[0].id === "IL")!.keys[0].label).toBe("Israel");

    const { il, us } = await data(`{
      il: agreements(filter: { party: "IL", sector: "artificial-intelligence" }) { totalCount }
      us: agreements(filter: { party: "US", sector: "semiconductors" }) { totalCount } }`);
    expect(cell(rows, "IL", "artificial-intelligence")).toBe(il.totalCount);
    expect(cell(rows, "US", "semiconductors")).toBe(us.totalCount);
    expect(il.totalCount).toBeGreaterThan(0);
  });

  it("gives AI agreements per year, in order, adding up to the sector's agreements", async () => {
    const { counts, sector } = await data(`{
      counts(of: AGREEMENTS, by: [SECTOR, YEAR]) { keys { id label } count }
      sector(id: "artificial-intelligence") { agreements { totalCount } } }`);
    const ai = (counts as Row[]).filter((r) => r.keys[0].id === "artificial-intelligence");
    const years = ai.map((r) => r.keys[1].id);
    expect(years).toEqual([...years].sort());
    expect(years).toEqual(expect.arrayContaining(["2023", "2026"]));
    expect(ai.reduce((sum, r) => sum + r.count, 0)).toBe(sector.agreements.totalCount);
  });

  it("filters what it counts with the lists' where, in the same one statement", async () => {
    const where = { signedOn: { gte: "2023" }, parties: { some: { id: { eq: "FR" } } } };
    const res = await api.query(
      `query($where: AgreementWhere) { counts(of: AGREEMENTS, by: [YEAR], where: $where) { keys { id } count } }`,
      { where },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.statements).toEqual(["compiled/counts"]);
    const rows: Row[] = res.body.data.counts;
    expect(rows.every((r) => r.keys[0].id >= "2023")).toBe(true);
    const { agreements } = await data(`query($where: AgreementWhere) { agreements(where: $where) { totalCount } }`, {
      where,
    });
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(agreements.totalCount);
    expect(agreements.totalCount).toBeGreaterThan(0);

    const { pax, initiative } = await data(`{
      pax: counts(of: MEMBERSHIPS, initiativeWhere: { id: { eq: "pax-silica" } }) { count }
      initiative(id: "pax-silica") { members { party { id } } } }`);
    expect(pax[0].count).toBeGreaterThanOrEqual(initiative.members.length);
    const wrong = await api.query(`{ counts(of: MEMBERSHIPS, where: { id: { eq: "x" } }) { count } }`);
    expect(wrong.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
  });

  it("counts sub-sectors in their sectors, in counts and in stats alike", async () => {
    const { counts, stats, clean, storage } = await data(`{
      counts(of: AGREEMENTS, by: [SECTOR]) { keys { id } count }
      stats { agreementsBySector { sector { id } count } }
      clean: sector(id: "clean-energy") { agreements { totalCount } }
      storage: sector(id: "nuclear-energy") { agreements { totalCount } } }`);
    expect(cell(counts, "clean-energy")).toBe(clean.agreements.totalCount);
    expect(cell(counts, "nuclear-energy")).toBe(storage.agreements.totalCount);
    expect(clean.agreements.totalCount).toBeGreaterThanOrEqual(storage.agreements.totalCount + 1);
    const inStats = stats.agreementsBySector.find((s: any) => s.sector.id === "clean-energy").count;
    expect(inStats).toBe(clean.agreements.totalCount);
  });

  it("never counts a refusal: no DECLINED kind, and fewer acts than the graph holds", async () => {
    const { byKind, total, meta, usParis } = await data(`{
      byKind: counts(of: ACTS, by: [KIND]) { keys { id label } count }
      total: counts(of: ACTS) { keys { id } count }
      meta { counts { acts } }
      usParis: participation(party: "US", in: "paris-ai-action-summit-statement-2025") { acts { act } } }`);
    expect(usParis.acts.map((a: any) => a.act)).toContain("DECLINED");
    expect(byKind.map((r: Row) => r.keys[0].id)).not.toContain("DECLINED");
    expect(byKind.map((r: Row) => r.keys[0].id)).toContain("RATIFIED");
    expect(total).toEqual([{ keys: [], count: byKind.reduce((s: number, r: Row) => s + r.count, 0) }]);
    expect(total[0].count).toBeLessThan(meta.counts.acts);
  });

  it("groups memberships by region and kind, and signatures by the party signed for", async () => {
    const { memberships, signatures } = await data(`{
      memberships: counts(of: MEMBERSHIPS, by: [REGION, KIND]) { keys { dimension id } count }
      signatures: counts(of: SIGNATURES, by: [PARTY, MONTH]) { keys { id label } count } }`);
    expect(cell(memberships, "Asia", "FOUNDING_SIGNATORY")).toBeGreaterThan(0);
    expect(cell(signatures, "IL", "2026-01")).toBeGreaterThanOrEqual(1);
  });

  it("refuses a dimension the facts lack, naming those that work", async () => {
    const res = await api.query(`{ counts(of: SIGNATURES, by: [KIND]) { count } }`);
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0].message).toMatch(/SIGNATURES have no KIND.*YEAR, MONTH, SECTOR, PARTY, REGION/);
  });
});

describe("An initiative's membership growth (issue 16)", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  it("gives Pax Silica month by month, each month's members as memberList counts them that day", async () => {
    const { membershipGrowth: growth } = await api.data(`{ membershipGrowth(initiative: "pax-silica", interval: MONTH) {
      period from to memberCount members { id } joined { id } left { id } } }`);
    expect(growth[0].period).toBe("2025-12");
    expect(growth[0].joined.map((p: any) => p.id)).toEqual(expect.arrayContaining(["US", "IL", "JP"]));
    expect(growth.find((g: any) => g.period === "2026-02").joined.map((p: any) => p.id)).toContain("IN");
    expect(growth.at(-1).to).toBe("2026-12-01");

    const lists = await api.data(
      `{ ${growth.map((g: any, i: number) => `p${i}: initiative(id: "pax-silica") { memberList(asOf: "${g.to}") { listed } }`).join(" ")} }`,
    );
    growth.forEach((g: any, i: number) => {
      expect(g.memberCount).toBe(lists[`p${i}`].memberList.listed);
      const before = new Set<string>(i === 0 ? [] : growth[i - 1].members.map((p: any) => p.id));
      for (const p of g.joined) before.add(p.id);
      for (const p of g.left) before.delete(p.id);
      expect([...before].sort()).toEqual(g.members.map((p: any) => p.id).sort());
    });
  });

  it("answers NOT_FOUND for an unknown initiative, suggesting close ids", async () => {
    const res = await api.query(`{ membershipGrowth(initiative: "pax-silika") { period } }`);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argument: "initiative" });
    expect(res.body.errors?.[0].extensions?.suggestions).toContain("pax-silica");
  });
});
