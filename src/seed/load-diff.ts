import type { Row } from "../db/Gateway";
import type { NodeRow, RelationshipRow } from "../records/graph-rows";

/**
 * What a load must write: the rows that are new or changed since the last load, the facts the
 * last load wrote that the files no longer hold, and the counts the report gives. Facts an edit
 * wrote (origin "edit") are never overwritten or deleted.
 */
export const nodeKey = (row: { id?: unknown }) => String(row.id);
export const relationshipKey = (row: { type?: unknown; from?: unknown; to?: unknown; key?: unknown }) =>
  `${row.type}|${row.from}|${row.key}|${row.to}`;

export function diffRows<T extends NodeRow | RelationshipRow>(
  wanted: T[],
  existing: Row[],
  keyOf: (row: any) => string,
  wantedPrint: (row: T) => string,
  existingPrint: (row: Row) => string,
) {
  const edited = new Set(existing.filter((row) => row.origin === "edit").map(keyOf));
  const before = new Map(
    existing.filter((row) => row.origin === "seed").map((row) => [keyOf(row), existingPrint(row)]),
  );
  const toWrite: T[] = [];
  let created = 0;
  let updated = 0;
  let keptEdits = 0;
  for (const row of wanted) {
    const key = keyOf(row);
    const old = before.get(key);
    before.delete(key);
    if (edited.has(key)) {
      keptEdits++;
      continue;
    }
    if (old === undefined) created++;
    else if (old !== wantedPrint(row)) updated++;
    else continue;
    toWrite.push(row);
  }
  const stale = existing.filter((row) => row.origin === "seed" && before.has(keyOf(row)));
  return { toWrite, stale, created, updated, keptEdits, unchanged: wanted.length - created - updated - keptEdits };
}

/** A stable text for comparing property maps: keys sorted, so order never counts as a change. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
