import { parsePartialDate } from "./partial-date";
import type { PathKey } from "./problem";
import type { Located, ProblemAt } from "./check-records";

/**
 * Checks that need the whole curated dataset at once (a bulk shard cannot run them):
 * every source is cited by some fact; and, as warnings, dated acts whose every source was
 * published before the act (a source cannot report what had not happened yet).
 */
export function checkDataset(located: Located[], problemAt: ProblemAt, warnAt: ProblemAt): void {
  const cited = new Set<string>();
  const collect = (value: unknown, key?: string) => {
    if (Array.isArray(value)) {
      value.forEach((v) =>
        (key === "sources" || key === "settledBy") && typeof v === "string" ? cited.add(v) : collect(v),
      );
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) collect(v, k);
    }
  };
  const published = new Map<string, string>();
  for (const item of located) {
    if (item.kind === "sources") {
      const date = item.record.publishedOn as string | undefined;
      if (date) published.set(item.record.id, date);
      continue;
    }
    collect(item.record);
  }
  for (const item of located) {
    if (item.kind === "sources" && !cited.has(item.record.id) && item.record.id !== "world-countries") {
      problemAt(
        item,
        ["id"],
        `the source "${item.record.id}" is cited by no fact: cite it where it is used, or remove it`,
      );
    }
  }
  for (const item of located) {
    if (item.kind !== "agreements") continue;
    ((item.record.acts as Array<{ date?: string; sources: string[] }>) ?? []).forEach((act, i) => {
      const keys: PathKey[] = ["acts", i, "date"];
      if (!act.date) return;
      const actDay = parsePartialDate(act.date)!.date;
      const dates = act.sources.map((s) => published.get(s));
      // Only when every source's date is known and each period ends before the act's period begins.
      if (dates.every((d) => d && lastDay(d) < actDay)) {
        warnAt(
          item,
          keys,
          `every source of this act (${act.sources.join(", ")}) was published before ${act.date}: check the date or the sources`,
        );
      }
    });
  }
}

/** The last day of a partial date's period, "YYYY-MM-DD". */
function lastDay(text: string): string {
  const { date, precision } = parsePartialDate(text)!;
  if (precision === "DAY") return date;
  if (precision === "YEAR") return `${date.slice(0, 4)}-12-31`;
  const [y, m] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
