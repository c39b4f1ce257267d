import { parse } from "graphql";
import { cacheKey, etagOf, matchesEtag } from "../../src/server/cache/cache-key";

const key = (query: string, variables?: Record<string, unknown>, today = "2026-12-01", operationName?: string) =>
  cacheKey({ document: parse(query), variables, today, operationName });

describe("cacheKey: what a read's answer depends on", () => {
  it("is the same for the same document written with other whitespace, commas or comments", () => {
    expect(key('{ country(code: "IL") { name iso3 } }')).toBe(
      key('query {\n  country(code: "IL") {\n    name, iso3 # both\n  }\n}'),
    );
  });

  it("differs when fields, aliases or their order differ, since the answer's shape follows them", () => {
    const base = key('{ country(code: "IL") { name iso3 } }');
    expect(key('{ country(code: "IL") { iso3 name } }')).not.toBe(base);
    expect(key('{ country(code: "IL") { label: name iso3 } }')).not.toBe(base);
  });

  it("counts variables whatever the order of their keys, and their values", () => {
    const query = "query($a: Int, $b: Int) { stats { agreements } }";
    expect(key(query, { a: 1, b: 2 })).toBe(key(query, { b: 2, a: 1 }));
    expect(key(query, { a: 1, b: 3 })).not.toBe(key(query, { a: 1, b: 2 }));
  });

  it("counts the day an absent asOf stands for, and the operation chosen", () => {
    const query = "query A { stats { agreements } } query B { meta { revision } }";
    expect(key(query, {}, "2026-12-02", "A")).not.toBe(key(query, {}, "2026-12-01", "A"));
    expect(key(query, {}, "2026-12-01", "B")).not.toBe(key(query, {}, "2026-12-01", "A"));
  });
});

describe("ETags", () => {
  const etag = etagOf(42, "ab".repeat(32));

  it("name the revision and the key", () => {
    expect(etag).toBe(`"r42-${"ab".repeat(16)}"`);
    expect(etagOf(43, "ab".repeat(32))).not.toBe(etag);
  });

  it("match If-None-Match as sent, weak, in a list, or *", () => {
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`W/${etag}`, etag)).toBe(true);
    expect(matchesEtag(`"r41-x", ${etag}`, etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
    expect(matchesEtag('"r41-x"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
