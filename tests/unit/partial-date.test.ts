import fc from "fast-check";
import { firstDayOf, lastDayOf, parsePartialDate, periodOf } from "../../src/records/partial-date";

describe("Partial dates", () => {
  it.each([
    ["2026-01-16", { date: "2026-01-16", precision: "DAY" }],
    ["2025-09", { date: "2025-09-01", precision: "MONTH" }],
    ["2021", { date: "2021-01-01", precision: "YEAR" }],
  ])("reads %s as its first day with its precision", (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(["2026-02-30", "2026-13", "2025-00", "26-01-16", "2026/01/16", "", "unknown"])("refuses %s", (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });

  it("reads every real day back as written, and never pads a month into a day (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(parsePartialDate(day)).toEqual({ date: day, precision: "DAY" });
          expect(parsePartialDate(day.slice(0, 7))).toEqual({ date: `${day.slice(0, 7)}-01`, precision: "MONTH" });
          expect(parsePartialDate(day.slice(0, 4))).toEqual({ date: `${day.slice(0, 4)}-01-01`, precision: "YEAR" });
        },
      ),
    );
  });

  it.each([
    ["2023", "2023-01-01", "2023-12-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023-02", "2023-02-01", "2023-02-28"],
    ["2026-01-16", "2026-01-16", "2026-01-16"],
  ])("reads %s as the period from %s to %s", (text, first, last) => {
    expect(periodOf(text)).toEqual({ first, last });
    expect(firstDayOf(text)).toBe(first);
    expect(lastDayOf(text)).toBe(last);
  });

  it("keeps an absent bound absent", () => {
    expect(firstDayOf(undefined)).toBeUndefined();
    expect(lastDayOf(null)).toBeNull();
  });
});
