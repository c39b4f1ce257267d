import { startTestApi } from "../support/api-client";

describe("Limits on what a request may cost", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  it.each([
    ["first", "{ agreements(first: 500) { totalCount } }", 100, 500],
    ["maxHops", '{ shortestPaths(from: "IL", to: "JP", maxHops: 9) { length } }', 4, 9],
    ["depth", '{ network(center: "IL", depth: 7) { nodes { id } } }', 3, 7],
  ])(
    "answers BAD_USER_INPUT naming the limit of %s and the value received",
    async (argument, query, limit, received) => {
      const res = await api.query(query);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument, limit, received });
      expect(res.body.errors?.[0].message).toContain(String(limit));
      expect(res.statements).toEqual([]);
    },
  );

  it("checks a range given in a variable before estimating the cost", async () => {
    // Huge nesting AND a bad `first`: the range check answers first.
    const res = await api.query(
      "query($n: Int) { agreements(first: $n) { edges { node { parties { agreements(first: 100) { edges { node { id } } } } } } } }",
      { n: 1000 },
    );
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a query whose estimated cost is over the limit, with the cost and the limit", async () => {
    const res = await api.query(
      "{ agreements(first: 100) { edges { node { parties { agreements(first: 100) { edges { node { title } } } } } } } }",
    );
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(error?.extensions?.cost).toBeGreaterThan(error?.extensions?.limit);
    expect(res.statements).toEqual([]);
  });

  it("judges the same document anew with each set of variables, and refuses a repeat as the first time", async () => {
    const nested =
      "query($n: Int) { agreements(first: $n) { edges { node { parties { agreements(first: 100) { edges { node { id } } } } } } } }";
    const answers = [];
    for (const n of [1, 100, 1, 1000, 100]) answers.push(await api.query(nested, { n }));
    expect(answers.map((a) => a.body.errors?.[0]?.extensions?.code ?? "ok")).toEqual([
      "ok",
      "QUERY_TOO_COMPLEX",
      "ok",
      "BAD_USER_INPUT",
      "QUERY_TOO_COMPLEX",
    ]);
    expect(answers[4].body.errors?.[0].extensions?.cost).toBe(answers[1].body.errors?.[0].extensions?.cost);
    expect(answers[4].statements).toEqual([]);
  });

  it("refuses a query nested deeper than the limit", async () => {
    const deep = `{ agreement(id: "us-israel-ai-declaration-2026") { ${"predecessors { ".repeat(14)}id${" }".repeat(14)} } }`;
    const res = await api.query(deep);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 12 });
  });

  it("refuses a body over 1 MB with a coded JSON error", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(/1mb/);
  });

  it("puts the request id in the error and the response header", async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "test-request-42" },
      body: JSON.stringify({ query: "{ agreements(first: 101) { totalCount } }" }),
    });
    expect(res.headers.get("x-request-id")).toBe("test-request-42");
    expect((await res.json()).errors[0].extensions.requestId).toBe("test-request-42");
  });

  it.each([
    ["a GET without a preflight header (Apollo's CSRF refusal)", "GET", undefined],
    ["a body that is not a GraphQL request (Apollo's own parse error)", "POST", JSON.stringify({ query: 5 })],
    ["a query that does not parse", "POST", JSON.stringify({ query: "{ agreements(" })],
  ])("puts the request id in %s", async (_what, method, body) => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      method,
      headers: {
        accept: "application/json",
        "x-request-id": "test-request-43",
        ...(body && { "content-type": "application/json" }),
      },
      body,
    });
    expect(res.status).toBe(400);
    const error = (await res.json()).errors[0];
    expect(error.extensions).toMatchObject({ requestId: "test-request-43" });
    expect(error.extensions.code).toMatch(/^(BAD_REQUEST|GRAPHQL_PARSE_FAILED)$/);
  });

  it("exposes Prometheus metrics: requests by operation, statement latency, memory", async () => {
    await api.query("query CountCountries { stats { countries } }");
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{operation="CountCountries",outcome="ok"\} \d+/);
    expect(text).toMatch(/neo4j_statement_duration_seconds_count\{statement="read\/stats-counts"\} \d+/);
    expect(text).toContain("process_resident_memory_bytes");
    expect(text).toContain("neo4j_statements_in_flight 0");
  });
});
