import { GrowthInterval } from "../../src/api/counts.type";
import { membershipGrowth, periodsBetween } from "../../src/api/membership-growth";

const TODAY = "2026-03-15";
const initiative = { id: "pax-silica", __kind: "Initiative" };
const party = (id: string) => ({ id, name: id, __kind: "Country" });
const link = (id: string, rel: Record<string, unknown>) => ({
  rel: { kind: "signatory", ...rel },
  party: party(id),
  initiative,
});
const ids = (parties: Array<{ id: string }>) => parties.map((p) => p.id);

describe("An initiative's membership growth", () => {
  it("cuts months and years into periods with their last days, leap years included", () => {
    expect(periodsBetween("2023-12-05", "2024-02-01", GrowthInterval.MONTH)).toEqual([
      { period: "2023-12", from: "2023-12-01", to: "2023-12-31" },
      { period: "2024-01", from: "2024-01-01", to: "2024-01-31" },
      { period: "2024-02", from: "2024-02-01", to: "2024-02-29" },
    ]);
    expect(periodsBetween("2025-06-01", "2026-01-01", GrowthInterval.YEAR).map((p) => p.to)).toEqual([
      "2025-12-31",
      "2026-12-31",
    ]);
  });

  it("gives the members at each period's end, who joined and who left", () => {
    const links = [
      link("US", { since: "2025-12-12" }),
      link("JP", { since: "2025-12-12" }),
      link("IL", { since: "2026-01-16" }),
      link("JP", { kind: "member", since: "2026-01-20" }),
      link("GB", { since: "2025-12-12", until: "2026-02-10" }),
    ];
    const growth = membershipGrowth(links, GrowthInterval.MONTH, TODAY);
    expect(growth.map((g) => [g.period, g.memberCount, ids(g.joined), ids(g.left)])).toEqual([
      ["2025-12", 3, ["GB", "JP", "US"], []],
      ["2026-01", 4, ["IL"], []],
      ["2026-02", 3, [], ["GB"]],
      ["2026-03", 3, [], []],
    ]);
    expect(growth.at(-1)!.to).toBe(TODAY);
  });

  it("leaves attendance out, and lets an undated membership join only in the period holding today", () => {
    const links = [
      link("US", { since: "2025-12-12" }),
      link("FR", { kind: "attended", since: "2025-12-12" }),
      link("IN", {}),
    ];
    const growth = membershipGrowth(links, GrowthInterval.YEAR, TODAY);
    expect(growth.map((g) => [g.period, ids(g.members), ids(g.joined)])).toEqual([
      ["2025", ["US"], ["US"]],
      ["2026", ["IN", "US"], ["IN"]],
    ]);
  });

  it("gives one period, today's, when nothing is dated", () => {
    expect(membershipGrowth([link("US", {})], GrowthInterval.MONTH, TODAY).map((g) => g.period)).toEqual(["2026-03"]);
  });
});
