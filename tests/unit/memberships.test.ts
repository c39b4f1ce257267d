import { membershipsAsOf } from "../../src/api/memberships";

const party = { id: "IN", __kind: "Country" };
const initiative = { id: "pax-silica", __kind: "Initiative" };
const link = (rel: Record<string, unknown>) => ({ rel: { kind: "signatory", ...rel }, party, initiative });
const TODAY = "2026-12-01";

describe("Memberships as of a day", () => {
  it("holds from the party's own date, through the end of its last day", () => {
    const links = [link({ since: "2026-02-20", until: "2026-06-30" })];
    expect(membershipsAsOf(links, "2026-02-19", TODAY)).toEqual([]);
    expect(membershipsAsOf(links, "2026-02-20", TODAY)).toHaveLength(1);
    expect(membershipsAsOf(links, "2026-06-30", TODAY)).toHaveLength(1);
    expect(membershipsAsOf(links, "2026-07-01", TODAY)).toEqual([]);
  });

  it("counts a membership of unknown date only from today on, never on a past day", () => {
    const links = [link({})];
    expect(membershipsAsOf(links, TODAY, TODAY)).toHaveLength(1);
    expect(membershipsAsOf(links, "2026-01-01", TODAY)).toEqual([]);
  });

  it("gives the kind as the GraphQL enum value", () => {
    expect(membershipsAsOf([link({ kind: "founding-signatory", since: "2025-12-12" })], TODAY, TODAY)[0].kind).toBe(
      "FOUNDING_SIGNATORY",
    );
  });
});
