import { startTestApi } from "../support/api-client";
import { TEST_EDITOR_KEY } from "../support/test-neo4j";

// A mutation that fails its own checks (an unknown source) costs the graph nothing but still counts.
const MUTATION = `mutation { upsertSource(input: { id: "rate-limit-probe", title: "x", url: "not a url" }) { id } }`;
const TRAVERSAL = '{ network(center: "IL", depth: 1) { nodes { id } } }';

describe("Rate limits", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(
    async () =>
      (api = await startTestApi({ rateLimits: { mutationsPerKey: 2, expensiveReadsPerAddress: 3, windowMs: 60_000 } })),
  );
  afterAll(() => api.stop());

  const post = (query: string, key?: string) =>
    fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key && { authorization: `Bearer ${key}` }) },
      body: JSON.stringify({ query }),
    });

  it("answers 429 with a coded error and Retry-After once an API key has made its mutations", async () => {
    for (let i = 0; i < 2; i++) expect((await post(MUTATION, TEST_EDITOR_KEY)).status).not.toBe(429);
    const refused = await post(MUTATION, TEST_EDITOR_KEY);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const error = (await refused.json()).errors[0];
    expect(error.extensions).toMatchObject({ code: "RATE_LIMITED", limit: 2, windowSeconds: 60 });
    expect(error.extensions.requestId).toEqual(expect.any(String));
    expect(error.message).toMatch(/mutations from this API key.*Retry after \d+ s/);
  });

  it("counts each API key apart, and leaves ordinary reads alone", async () => {
    expect((await post(MUTATION, "another-key")).status).not.toBe(429);
    for (let i = 0; i < 10; i++) expect((await post("{ stats { countries } }")).status).toBe(200);
  });

  it("limits traversals per client address, and exports with them", async () => {
    for (let i = 0; i < 3; i++) expect((await post(TRAVERSAL)).status).toBe(200);
    const refused = await post(
      `query Named { ...F } fragment F on Query { shortestPaths(from: "IL", to: "JP") { length } }`,
    );
    expect(refused.status).toBe(429);
    expect((await refused.json()).errors[0].extensions.code).toBe("RATE_LIMITED");
    const exported = await fetch(`${api.url}/export/graph.graphml`);
    expect(exported.status).toBe(429);
    expect(exported.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("Rate limits left unset", () => {
  it("let every request through", async () => {
    const api = await startTestApi();
    try {
      for (let i = 0; i < 8; i++) {
        const res = await api.query(TRAVERSAL);
        expect(res.status).toBe(200);
      }
    } finally {
      await api.stop();
    }
  });
});
