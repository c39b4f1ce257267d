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

/** The period a partial date names, as its first and last days ("2024-02" → 2024-02-01..2024-02-29). */
export function periodOf(text: string): { first: string; last: string } | undefined {
  const parsed = parsePartialDate(text);
  if (!parsed) return undefined;
  const [year, month] = parsed.date.split("-").map(Number);
  const end =
    parsed.precision === "DAY"
      ? new Date(Date.UTC(year, month - 1, Number(parsed.date.slice(8))))
      : parsed.precision === "MONTH"
        ? new Date(Date.UTC(year, month, 0))
        : new Date(Date.UTC(year, 11, 31));
  return { first: parsed.date, last: end.toISOString().slice(0, 10) };
}

/**
 * Bounds taken from a partial date a client sent: a lower bound starts on the period's first day,
 * an upper bound (and an `asOf`) ends on its last. Absent stays absent.
 */
export const firstDayOf = <T extends string | null | undefined>(text: T): T | string =>
  typeof text === "string" ? (periodOf(text)?.first ?? text) : text;
export const lastDayOf = <T extends string | null | undefined>(text: T): T | string =>
  typeof text === "string" ? (periodOf(text)?.last ?? text) : text;
