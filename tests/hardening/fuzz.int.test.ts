import fc from "fast-check";
import { startTestApi } from "../support/api-client";

const VALID = [
  '{ agreement(id: "us-israel-ai-declaration-2026") { title signatures { person { name } } } }',
  'query($t: String!, $n: Int) { search(text: $t, first: $n) { id label } }',
  'query($a: ID!, $b: ID!, $h: Int) { shortestPaths(from: $a, to: $b, maxHops: $h) { length } }',
  'query($c: ID!, $d: Int, $as: Date) { network(center: $c, depth: $d, asOf: $as) { nodes { id } } }',
  'query($n: Int, $after: String) { agreements(first: $n, after: $after) { totalCount pageInfo { endCursor } } }',
  'query($d: Date) { initiative(id: "pax-silica") { members(asOf: $d) { kind } } }',
];

/** Values of every kind a client could send, well-formed or not. */
const anyValue = fc.oneof(
  fc.string(), fc.string({ unit: "binary", maxLength: 50 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.constantFrom("IL", "jpn", "2026-01-16", "2026-13-45", "", "'; MATCH (n) DETACH DELETE n //", "\\u0000", "x".repeat(5000)),
  fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })),
);

/** A valid query cut, spliced or garbled, or noise. */
const anyQuery = fc.oneof(
  fc.constantFrom(...VALID),
  fc.tuple(fc.constantFrom(...VALID), fc.nat(), fc.nat()).map(([q, a, b]) => q.slice(0, a % q.length) + q.slice(b % q.length)),
  fc.tuple(fc.constantFrom(...VALID), fc.nat(), fc.string({ maxLength: 10 })).map(([q, at, junk]) => q.slice(0, at % q.length) + junk + q.slice(at % q.length)),
  fc.string({ maxLength: 200 }),
  fc.constant("{ " + "agreement(id: \"x\") { predecessors { ".repeat(5) + "id" + " } }".repeat(10)),
);

const anyBody = fc.oneof(
  fc.record({ query: anyQuery, variables: fc.dictionary(fc.constantFrom("t", "n", "a", "b", "h", "c", "d", "as", "after"), anyValue) }).map((b) => JSON.stringify(b)),
  fc.record({ query: anyValue, variables: anyValue }).map((b) => JSON.stringify(b)),
  fc.string({ maxLength: 300 }),
);

describe("Random and malformed requests", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  it("never get a 5xx without a code or a stack trace, and the server keeps answering", async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    const outcomes = new Map<string, number>();
    console.log(`fuzz seed: ${seed} (rerun with FUZZ_SEED=${seed})`);
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const res = await fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
        const text = await res.text();
        const code = /"code":"(\w+)"/.exec(text)?.[1] ?? "none";
        outcomes.set(`${res.status} ${code}`, (outcomes.get(`${res.status} ${code}`) ?? 0) + 1);
        if (res.status >= 500 && process.env.FUZZ_DEBUG) console.log(body.slice(0, 300), text.slice(0, 300));
        expect(text).not.toMatch(/\bat [\w.<>]+ \(?[^)\s]*\.(ts|js):\d+/);
        expect(text).not.toMatch(/stacktrace/i);
        if (res.status >= 500) {
          const parsed = JSON.parse(text);
          expect(parsed.errors[0].extensions.code).toEqual(expect.any(String));
        }
      }),
      { numRuns: 500, seed },
    );
    console.log(`fuzz outcomes (status code: count): ${JSON.stringify(Object.fromEntries(outcomes))}`);
    // Every answer is a client error with its code, or a success: no request may crash the server.
    expect([...outcomes.keys()].filter((k) => k.startsWith("5"))).toEqual([]);
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    const ok = await api.query('{ country(code: "IL") { name } }');
    expect(ok.body.data.country.name).toBe("Israel");
  });
});
