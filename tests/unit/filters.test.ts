import { idsOf, instantsOf, rangeOf } from "../../src/api/filters.type";

describe("The where operators", () => {
  it("turn an IntFilter into the closed range it allows", () => {
    expect(rangeOf({ eq: 1 })).toEqual({ min: 1, max: 1 });
    expect(rangeOf({ gt: 1, lt: 5 })).toEqual({ min: 2, max: 4 });
    expect(rangeOf({ gte: 2, gt: 3 })).toEqual({ min: 4, max: null });
    expect(rangeOf(null)).toEqual({ min: null, max: null });
  });

  it("turn an IDFilter into the ids it allows, both operators applying", () => {
    expect(idsOf("about", { eq: "IL" })).toEqual(["IL"]);
    expect(idsOf("about", { in: ["IL", "US"] })).toEqual(["IL", "US"]);
    expect(idsOf("about", { eq: "IL", in: ["US"] })).toEqual([]);
    expect(idsOf("about", undefined)).toBeNull();
  });

  it("refuse more ids than a statement should take, naming the argument", () => {
    const many = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    expect(() => idsOf("where.about", { in: many })).toThrow(/"where.about.in" takes at most 100 ids; got 101/);
  });

  it("send instants as ISO text, absent operators as null", () => {
    expect(instantsOf({ gte: new Date("2026-01-16T00:00:00Z") })).toEqual({
      gt: null,
      gte: "2026-01-16T00:00:00.000Z",
      lt: null,
      lte: null,
    });
  });
});
