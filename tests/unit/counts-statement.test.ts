import { checkCountRequest, countsCypher } from "../../src/api/counts-statement";
import { CountDimension, CountOf } from "../../src/api/counts.type";
import { loadCypherCatalog } from "../../src/db/cypher-catalog";

/** The statements `counts` composes from cypher/fragments/counts/, pinned so that a change to them is reviewed. */
describe("The counts statement", () => {
  const catalog = loadCypherCatalog();
  const fragment = (name: string) => catalog.get(name)!;

  it("pins the country × sector matrix of agreements", () => {
    expect(countsCypher(CountOf.AGREEMENTS, [CountDimension.PARTY, CountDimension.SECTOR], fragment)).toMatchSnapshot();
  });

  it("pins agreements per sector and year", () => {
    expect(countsCypher(CountOf.AGREEMENTS, [CountDimension.SECTOR, CountDimension.YEAR], fragment)).toMatchSnapshot();
  });

  it("pins acts by region and month", () => {
    expect(countsCypher(CountOf.ACTS, [CountDimension.REGION, CountDimension.MONTH], fragment)).toMatchSnapshot();
  });

  it("is the statement the benchmark sends raw as the floor of its counts operation", () => {
    expect(catalog.get("bench/counts")).toBe(
      countsCypher(CountOf.AGREEMENTS, [CountDimension.PARTY, CountDimension.SECTOR], fragment),
    );
  });

  it("takes parameters from nowhere: every combination is text from the fragments only", () => {
    for (const of of Object.values(CountOf))
      for (const by of Object.values(CountDimension)) {
        if (of === CountOf.SIGNATURES && by === CountDimension.KIND) continue;
        const text = countsCypher(of, [by], fragment);
        expect(text).not.toMatch(/\{\{|\$\w/);
      }
  });

  it("reads the parties only when a PARTY or REGION key needs them", () => {
    expect(countsCypher(CountOf.AGREEMENTS, [CountDimension.YEAR], fragment)).not.toContain("ACTED_ON");
    expect(countsCypher(CountOf.AGREEMENTS, [CountDimension.REGION], fragment)).toContain("ACTED_ON");
  });

  it.each([
    [CountOf.SIGNATURES, [CountDimension.KIND], /SIGNATURES have no KIND: "by" can group them by YEAR, MONTH/],
    [CountOf.ACTS, [CountDimension.YEAR, CountDimension.YEAR], /names YEAR twice/],
    [
      CountOf.ACTS,
      [CountDimension.YEAR, CountDimension.KIND, CountDimension.PARTY, CountDimension.SECTOR],
      /at most 3/,
    ],
  ])("refuses %s by %p with a message saying what works", (of, by, message) => {
    expect(() => checkCountRequest(of, by)).toThrow(message);
  });
});
