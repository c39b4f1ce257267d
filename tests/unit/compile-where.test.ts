import { compileWhere, whereCost } from "../../src/api/filter/compile-where";
import { emptyFetch } from "../../src/api/compile/compile-selection";
import { listStatement } from "../../src/api/filter/list-page";
import { keysetPage, nodeSubjects, sortKeys } from "../../src/api/filter/sort";
import { loadCypherCatalog } from "../../src/db/cypher-catalog";

/** The where compiler: text from the plan and the fragments only, every value a parameter. */
describe("where compiler", () => {
  const catalog = loadCypherCatalog();
  const fragment = (name: string) => catalog.get(name)!;

  it("pins the condition of the benchmark's filtered page", () => {
    const { condition, params } = compileWhere(
      "Agreement",
      "n0",
      { signedOn: { gte: "2020" }, parties: { some: { id: { eq: "US" } } } },
      fragment,
    );
    expect(condition).toMatchSnapshot();
    expect(params).toEqual({ w1: "2020-01-01", w3: "US" });
  });

  it("keeps hostile values out of the text and reads partial dates as periods", () => {
    const hostile = "x' }) DETACH DELETE n //";
    const { condition, params } = compileWhere(
      "Country",
      "n0",
      {
        name: { contains: hostile },
        OR: [{ code: { in: [hostile] } }, { NOT: { region: { eq: hostile } } }],
        memberships: { all: { kind: { in: ["FOUNDING_SIGNATORY"] }, since: { lte: "2024-02" } } },
      },
      fragment,
    );
    expect(condition).not.toContain("DETACH");
    expect(Object.values(params)).toEqual(
      expect.arrayContaining([hostile, [hostile], ["founding-signatory"], "2024-02-29"]),
    );
    expect(condition).toContain("n0.name CONTAINS $w");
    expect(condition).toMatch(/NOT EXISTS \{ MATCH \(n0\)-\[wr\d+:MEMBER_OF\]->\(wn\d+\)/);
  });

  it("matches everything for an empty where", () => {
    expect(compileWhere("Source", "n0", {}, fragment)).toEqual({ condition: "true", params: {} });
  });

  it("costs more for each level of relationship nesting", () => {
    const flat = { title: { eq: "a" }, kind: { eq: "b" } };
    const one = { parties: { some: { code: { eq: "FR" } } } };
    const two = { parties: { some: { memberships: { some: { initiative: { id: { eq: "x" } } } } } } };
    expect(whereCost(flat)).toBe(2);
    expect(whereCost(one)).toBeGreaterThan(whereCost({ code: { eq: "FR" } }));
    expect(whereCost(two)).toBeGreaterThan(2 * whereCost(one));
  });

  it("starts a keyset page after the cursor's row, missing values included", () => {
    const keys = sortKeys([{ signedOn: "DESC" }]);
    const first = keysetPage(nodeSubjects("Agreement", "n0"), keys, { first: 2 }, 20, fragment);
    expect(first).toMatchObject({ limit: 3, after: "true", order: "n0.signedOn DESC, n0.id ASC" });
    const cursor = Buffer.from(JSON.stringify({ s: "signedOn:DESC,id:ASC", v: [null, "a"] })).toString("base64url");
    const next = keysetPage(nodeSubjects("Agreement", "n0"), keys, { first: 2, after: cursor }, 20, fragment);
    expect(next.after).toBe("(n0.signedOn IS NOT NULL OR (n0.signedOn IS NULL AND (n0.id IS NULL OR n0.id > $k2)))");
    expect(() =>
      keysetPage(nodeSubjects("Agreement", "n0"), sortKeys([{ title: "ASC" }]), { after: cursor }, 20, fragment),
    ).toThrow(/another sort/);
    const forged = Buffer.from(JSON.stringify({ s: "signedOn:DESC,id:ASC", v: ["yesterday", "a"] })).toString(
      "base64url",
    );
    expect(() => keysetPage(nodeSubjects("Agreement", "n0"), keys, { after: forged }, 20, fragment)).toThrow(
      /must be a cursor returned by this list/,
    );
    expect(() => keysetPage(nodeSubjects("Agreement", "n0"), keys, { after: "bm90LWpzb24" }, 20, fragment)).toThrow(
      /must be a cursor returned by this list/,
    );
  });
});

describe("list statements", () => {
  const catalog = loadCypherCatalog();
  const fragment = (name: string) => catalog.get(name)!;

  it("pins the statement of the benchmark's filtered page (its nodes' selection left to the compiler)", () => {
    const { text, params } = listStatement(
      fragment,
      {
        type: "Agreement",
        matching: { params: {} },
        where: { signedOn: { gte: "2020-01-01" }, parties: { some: { id: { eq: "US" } } } },
        defaultSort: [{ signedOn: "DESC" }, { title: "ASC" }],
        first: 20,
      },
      emptyFetch(),
      true,
    );
    expect(text).toMatchSnapshot();
    expect(params).toMatchObject({ w1: "2020-01-01", w3: "US" });
  });

  it("writes only the filter: conditions given, and no WHERE at all for an unfiltered list", () => {
    const request = (params: Record<string, unknown>) => ({
      type: "Agreement",
      matching: { params },
      defaultSort: [{ signedOn: "DESC" }],
    });
    const filtered = listStatement(
      fragment,
      request({ kind: "treaty", parties: null, words: ["ai"] }),
      emptyFetch(),
      true,
    );
    expect(filtered.text).toMatch(
      /WHERE n0\.kind = \$kind\n\s+AND all\(word IN \$words WHERE n0\.searchText CONTAINS word\)/,
    );
    expect(filtered.text).not.toContain("$parties");
    expect(filtered.params).toMatchObject({ kind: "treaty", words: ["ai"] });
    const unfiltered = listStatement(fragment, request({ kind: null, parties: null }), emptyFetch(), true).text;
    expect(unfiltered).not.toMatch(/MATCH \(n0:Agreement\)\n\s*WHERE/);
    expect(unfiltered).toContain("MATCH (n0:Agreement)\n\n  RETURN count(n0) AS total");
  });

  it("reads a list sorted first on an indexed property in the index's order, the missing values apart", () => {
    const page = (sort: Array<Record<string, string>>) =>
      listStatement(fragment, { type: "Agreement", matching: { params: {} }, defaultSort: sort }, emptyFetch(), false)
        .text;
    const bySignedOn = page([{ signedOn: "DESC" }, { title: "ASC" }]);
    expect(bySignedOn).toContain("WITH n0 WHERE n0.signedOn IS NULL AND true");
    expect(bySignedOn).toContain("WITH n0 WHERE n0.signedOn IS NOT NULL AND true");
    expect(bySignedOn.match(/ORDER BY n0.signedOn DESC, n0.title ASC, n0.id ASC/g)).toHaveLength(3);
    expect(page([{ title: "ASC" }])).not.toContain("UNION ALL");
  });

  it("counts nothing when totalCount is not asked for", () => {
    const request = {
      type: "Country",
      matching: { params: {} },
      defaultSort: [{ name: "ASC" }],
    };
    expect(listStatement(fragment, request, emptyFetch(), false).text).not.toContain("count(");
    expect(listStatement(fragment, request, emptyFetch(), true).text).toContain("count(n0) AS total");
  });
});
