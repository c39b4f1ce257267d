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
