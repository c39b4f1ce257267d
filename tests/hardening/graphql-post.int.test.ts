import { startTestApi } from "../support/api-client";

/**
 * POST /graphql runs on Node's own request and response, ahead of express (src/server/graphql-post.ts),
 * except when rate limits are set, which need express: both ways must answer alike, byte for byte
 * but for the request id, including the answers made before GraphQL (bad JSON, a body too large).
 */
describe("POST /graphql ahead of express", () => {
  let fast: Awaited<ReturnType<typeof startTestApi>>;
  let viaExpress: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    fast = await startTestApi();
    viaExpress = await startTestApi({
      rateLimits: { mutationsPerKey: 1_000, expensiveReadsPerAddress: 1_000, windowMs: 60_000 },
    });
  });
  afterAll(async () => {
    await fast.stop();
    await viaExpress.stop();
  });

  const json = "application/json";
  const requests: Array<[string, { path?: string; type?: string; body: string; headers?: Record<string, string> }]> = [
    [
      "a query, with the client's request id",
      {
        body: JSON.stringify({ query: `{ agreement(id: "us-israel-ai-declaration-2026") { title } }` }),
        headers: { "x-request-id": "client-id-1" },
      },
    ],
    [
      "a query with a query string on the path",
      { path: "/graphql?via=test", body: JSON.stringify({ query: "{ __typename }" }) },
    ],
    ["a query that does not validate", { body: JSON.stringify({ query: "{ agreement(id: 1) { nope } }" }) }],
    ["a body that is not JSON", { body: "{ not json" }],
    ["a body over the limit", { body: JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(1_100_000) }) }],
    ["a body that is not a GraphQL request", { body: JSON.stringify({ nothing: true }) }],
    [
      "a text/plain body (Apollo's CSRF rule)",
      { type: "text/plain", body: JSON.stringify({ query: "{ __typename }" }) },
    ],
  ];

  const send = async (url: string, request: (typeof requests)[number][1]) => {
    const response = await fetch(`${url}${request.path ?? "/graphql"}`, {
      method: "POST",
      headers: { "content-type": request.type ?? json, ...request.headers },
      body: request.body,
    });
    const text = await response.text();
    const headers: Record<string, string | null> = Object.fromEntries(
      ["content-type", "content-length", "cache-control", "etag", "access-control-allow-origin"].map((h) => [
        h,
        response.headers.get(h),
      ]),
    );
    const requestId = response.headers.get("x-request-id");
    // The server makes a new id for each request that brings none: compare its shape, not its value.
    const id = (s: string) => (requestId ? s.split(requestId).join("<request id>") : s);
    return {
      status: response.status,
      headers,
      length: id(text).length,
      text: id(text),
      requestId,
    };
  };

  it.each(requests)("%s: the same answer either way", async (_name, request) => {
    const a = await send(fast.url, request);
    const b = await send(viaExpress.url, request);
    expect(a.requestId).toBeTruthy();
    if (request.headers?.["x-request-id"]) expect(a.requestId).toBe(request.headers["x-request-id"]);
    expect(a).toEqual({ ...b, requestId: a.requestId });
    expect(a.headers["content-type"]).toMatch(/json/);
  });

  it("sends each answer's length, and the answers made before GraphQL carry coded errors", async () => {
    const tooLarge = await fetch(`${fast.url}/graphql`, {
      method: "POST",
      headers: { "content-type": json },
      body: JSON.stringify({ pad: "x".repeat(1_100_000) }),
    });
    expect(tooLarge.status).toBe(413);
    const text = await tooLarge.text();
    expect(Number(tooLarge.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
