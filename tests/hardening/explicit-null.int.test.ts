import { startTestApi } from "../support/api-client";

/** A nullable variable may feed a non-null argument with a default, but an explicit null is the client's mistake. */
describe("An explicit null for a non-null argument", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  it.each([
    ["depth", 'query($v: Int) { network(center: "IL", depth: $v) { nodes { id } } }', null],
    ["maxHops", 'query($v: Int) { shortestPaths(from: "IL", to: "JP", maxHops: $v) { length } }', null],
    ["first", 'query($v: Int) { search(text: "israel", first: $v) { id } }', null],
    ["first", 'query($v: Int) { timeline(party: "IL", first: $v) { date } }', null],
    ["kinds", 'query($v: [MembershipKind!]) { initiative(id: "pax-silica") { members(kinds: $v) { kind } } }', [null]],
  ])("is a 400 BAD_USER_INPUT naming %s", async (argument: string, query: string, value: unknown) => {
    const res = await api.query(query, { v: value });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(res.body.errors?.[0].message).toContain(argument);
    expect(res.statements).toEqual([]);
  });

  it("leaves the default in force when the variable is left out", async () => {
    const res = await api.query('query($v: Int) { network(center: "IL", depth: $v) { nodes { id } } }', {});
    expect(res.status).toBe(200);
    expect(res.body.data.network.nodes.length).toBeGreaterThan(1);
  });
});
