import type { Located, ProblemAt } from "./check-records";

/**
 * How a seed record may change one with the same id instead of being a new one (the form
 * `npm run export -- --format seeds` writes for edits to curated records):
 * - `override: replace`: its own fields (names, dates, sources...) replace the record's, as an
 *   upsert through the API does; its lists of nested facts (acts, memberships...) are added.
 * - `override: add`: it only adds nested facts (an `addAct`, an `addMembership`...).
 */
export const OVERRIDE_FORMS = ["replace", "add"] as const;
export type OverrideForm = (typeof OVERRIDE_FORMS)[number];

/** A list of nested facts (objects), as opposed to an own field or a list of names or ids. */
export const isNested = (value: unknown) =>
  Array.isArray(value) && value.some((v) => typeof v === "object" && v !== null && !Array.isArray(v));

/** The records with each override folded into the record it names (in file order), overrides gone. */
export function applyOverrides(located: Located[], problemAt: ProblemAt): Located[] {
  const base = new Map<string, Located>();
  const out: Located[] = [];
  for (const item of located) {
    if (item.override) continue;
    base.set(`${item.kind}:${item.record.id}`, item);
    out.push(item);
  }
  for (const item of located) {
    if (!item.override) continue;
    const target = base.get(`${item.kind}:${item.record.id}`);
    if (!target) {
      problemAt(
        item,
        ["override"],
        `no ${item.kind} record has the id "${item.record.id}" to ${item.override}; drop "override" to add it as a new record`,
      );
      continue;
    }
    const nestedKeys = new Set(
      [...Object.entries(target.record), ...Object.entries(item.record)].filter(([, v]) => isNested(v)).map(([k]) => k),
    );
    const merged: Record<string, unknown> = item.override === "replace" ? { ...item.record } : { ...target.record };
    for (const key of nestedKeys) {
      merged[key] = [...((target.record[key] as unknown[]) ?? []), ...((item.record[key] as unknown[]) ?? [])];
    }
    target.record = merged as Located["record"];
  }
  return out;
}
