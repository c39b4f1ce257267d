/** A calendar date known to the day, the month or the year: "2026-01-16", "2025-09", "2021". */
export type DatePrecision = "DAY" | "MONTH" | "YEAR";

export interface PartialDate {
  /** The first day of the period, "YYYY-MM-DD"; read it together with `precision`. */
  date: string;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial date, or returns undefined when the text is not one (or not a real day). */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const m = month ? Number(month) : 1;
  const d = day ? Number(day) : 1;
  if (m < 1 || m > 12) return undefined;
  const probe = new Date(Date.UTC(Number(year), m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  const date = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { date, precision: day ? "DAY" : month ? "MONTH" : "YEAR" };
}
