import fc from "fast-check";

/** Valid requests the fuzzer starts from, cut and spliced; each names variables it may be sent. */
const VALID = [
  '{ agreement(id: "us-israel-ai-declaration-2026") { title signatures { person { name } } } }',
  "query($t: String!, $n: Int) { search(text: $t, first: $n) { id label } }",
  "query($a: ID!, $b: ID!, $h: Int) { shortestPaths(from: $a, to: $b, maxHops: $h) { length } }",
  "query($c: ID!, $d: Int, $as: Date) { network(center: $c, depth: $d, asOf: $as) { nodes { id } } }",
  "query($n: Int, $after: String) { agreements(first: $n, after: $after) { totalCount pageInfo { endCursor } } }",
  'query($d: Date, $k: [MembershipKind]) { initiative(id: "pax-silica") { members(asOf: $d, kinds: $k) { kind } } }',
];

/** Values of every kind a client could send, well-formed or not. */
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "IL",
    "jpn",
    "2026-01-16",
    "2026-13-45",
    "",
    "'; MATCH (n) DETACH DELETE n //",
    "\\u0000",
    "x".repeat(5000),
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.array(fc.constantFrom(null, "SIGNATORY", "nope"), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })),
);

/** A valid query cut, spliced or garbled, or noise. */
const anyQuery = fc.oneof(
  fc.constantFrom(...VALID),
  fc
    .tuple(fc.constantFrom(...VALID), fc.nat(), fc.nat())
    .map(([q, a, b]) => q.slice(0, a % q.length) + q.slice(b % q.length)),
  fc
    .tuple(fc.constantFrom(...VALID), fc.nat(), fc.string({ maxLength: 10 }))
    .map(([q, at, junk]) => q.slice(0, at % q.length) + junk + q.slice(at % q.length)),
  fc.string({ maxLength: 200 }),
  fc.constant("{ " + 'agreement(id: "x") { predecessors { '.repeat(5) + "id" + " } }".repeat(10)),
);

/** Request bodies: JSON with a query and variables, JSON of any shape, or not JSON at all. */
export const anyBody = fc.oneof(
  fc
    .record({
      query: anyQuery,
      variables: fc.dictionary(fc.constantFrom("t", "n", "a", "b", "h", "c", "d", "as", "after", "k"), anyValue),
    })
    .map((b) => JSON.stringify(b)),
  fc.record({ query: anyValue, variables: anyValue }).map((b) => JSON.stringify(b)),
  fc.string({ maxLength: 300 }),
);

export interface FuzzAnswer {
  status: number;
  text: string;
}

/** What no answer may do: leak a stack trace, or fail on the server's side (5xx). */
export function problemWith(answer: FuzzAnswer): string | undefined {
  if (/\bat [\w.<>]+ \(?[^)\s]*\.(ts|js):\d+/.test(answer.text) || /stacktrace/i.test(answer.text))
    return "the answer shows a stack trace";
  if (answer.status >= 500) return `the server answered ${answer.status}`;
  return undefined;
}

export async function send(url: string, body: string): Promise<FuzzAnswer> {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: res.status, text: await res.text() };
}

/** `status code` of an answer, for a tally of outcomes. */
export const outcomeOf = (answer: FuzzAnswer) =>
  `${answer.status} ${/"code":"(\w+)"/.exec(answer.text)?.[1] ?? "none"}`;
