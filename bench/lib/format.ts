/** Number formats shared by bench/report.ts and bench/notes.ts ("–" for a value not measured). */

/** Milliseconds: no decimals from 100, one from 10, two below. */
export const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? "–" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);

/** A rounded integer with thousands separators: 12,345. */
export const int = (x: number | undefined) => (x === undefined ? "–" : Math.round(x).toLocaleString("en-US"));
