import { randomUUID } from "node:crypto";
import { bumpRevision } from "../db/bump-revision";
import type { Gateway, StatementRunner } from "../db/Gateway";
import { toNeo4jRow } from "../db/to-neo4j-row";
import { checkRecords, problemReporter, type Located, type RefKind } from "../records/check-records";
import { recordEditChanges } from "../provenance/record-changes";
import type { GraphRows } from "../records/graph-rows";
import type { PathKey, SeedProblem } from "../records/problem";
import type { SeedKind } from "../records/schemas";
import { AppError, badInput } from "../shared/errors";

export interface Edit {
  holder: string;
  action: string;
  /** The id the audit trail files the edit under (the agreement, the initiative, the person...). */
  target: string;
  /** The edit as a seed file would hold it, so that it passes the same rulebook, checked against the graph. */
  record: { kind: SeedKind; record: Record<string, unknown> & { id: string } };
  /** Where the edit's own fields sit inside `record` (`["memberships", 0]`): problems are named from there. */
  fieldsAt?: PathKey[];
  /** An existing record the edit adds to (the agreement of an act): it must exist and be of this kind. */
  addsTo?: { kind: RefKind; field: string };
  rows: GraphRows;
}

/** The audit record of an edit, as stored. */
export interface AuditRecord {
  id: string;
  at: string;
  holder: string;
  action: string;
  target: string;
  before: string;
  after: string;
}

/**
 * Writes an edit and its audit record (who, when, what, before and after) in ONE transaction:
 * both are there, or neither. Every id it points at must exist, or nothing is written.
 */
export async function applyEdit(gateway: Gateway, edit: Edit): Promise<AuditRecord> {
  return gateway.inWriteTransaction(async (tx) => {
    await checkAgainstGraph(tx, edit);
    const before = await states(tx, edit.rows);
    if (edit.rows.nodes.length > 0) await tx.run("seed/merge-nodes", { rows: edit.rows.nodes.map(toNeo4jRow) });
    if (edit.rows.relationships.length > 0)
      await tx.run("seed/merge-relationships", { rows: edit.rows.relationships.map(toNeo4jRow) });
    const after = await states(tx, edit.rows);
    const entry = {
      id: randomUUID(),
      holder: edit.holder,
      action: edit.action,
      target: edit.target,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
    };
    // The edit in seed form too, so that `npm run export -- --format seeds` can write it back to files.
    const seedForm = {
      kind: edit.record.kind,
      record: JSON.stringify(edit.record.record),
      adds: edit.fieldsAt?.[0] ?? null,
    };
    const [written] = await tx.run("edit/write-audit", { ...entry, ...seedForm });
    // Response caches in every replica key on the revision: it rises with the edit, atomically,
    // and the edit's changes name it.
    const revision = await bumpRevision(tx);
    await recordEditChanges(tx, { rows: edit.rows, before, after, editor: edit.holder, audit: entry.id, revision });
    return { ...entry, at: written.at as string };
  });
}

const KIND_OF_LABEL: Record<string, RefKind> = {
  Source: "source",
  Country: "party",
  Organization: "organization",
  Person: "person",
  Place: "place",
  Sector: "sector",
  Initiative: "initiative",
  Agreement: "agreement",
};

/** Every text in a record that could be an id: the graph is asked about all of them at once. */
function candidateIds(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === "string") out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => candidateIds(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => candidateIds(v, out));
  return out;
}

/** The seed files' rulebook (src/records), with the graph standing in for the files. */
async function checkAgainstGraph(tx: StatementRunner, edit: Edit): Promise<void> {
  const rows = await tx.run("edit/find-records", { ids: [...candidateIds(edit.record.record)] });
  const kinds = new Map<string, RefKind>();
  for (const row of rows) {
    const label = ((row.labels as string[] | null) ?? []).find((l) => KIND_OF_LABEL[l]);
    if (label) kinds.set(row.id as string, KIND_OF_LABEL[label]);
  }
  const problems: SeedProblem[] = [];
  const located: Located = {
    ...edit.record,
    file: { file: "input", data: edit.record.record, lineOf: () => 0 },
    index: 0,
  };
  const prefix = edit.fieldsAt ?? [];
  const report = problemReporter(problems);
  const problemAt: typeof report = (item, keys, message) =>
    report(item, prefix.every((k, i) => keys[i] === k) ? keys.slice(prefix.length) : keys, message);
  if (edit.addsTo && kinds.get(edit.record.record.id) !== edit.addsTo.kind) {
    problemAt(located, [...prefix, edit.addsTo.field], `no ${edit.addsTo.kind} has the id "${edit.record.record.id}"`);
  }
  const signs = Array.isArray(edit.record.record.signatures) && edit.record.record.signatures.length > 0;
  const [existing] = signs ? await tx.run("edit/agreement-parties", { id: edit.record.record.id }) : [];
  checkRecords([located], {
    kindOf: (id) => kinds.get(id),
    partiesOf: () => (existing?.parties as string[] | undefined) ?? [],
    problemAt,
    countryAliases: new Set(),
    unknownHint: " (no record in the graph has it)",
  });
  if (problems.length > 0) {
    const lines = problems.map((p) => `${p.field.replace(/^\w+\[0\]\.?/, "") || "input"}: ${p.message}`);
    throw badInput(`Nothing was written: ${lines.join("; ")}.`, { problems: lines });
  }
}

/** The properties of what the edit touches (null where it does not exist yet), one statement at a time. */
async function states(tx: StatementRunner, rows: GraphRows) {
  const nodes: unknown[] = [];
  for (const n of rows.nodes) nodes.push((await tx.run("edit/node-state", { id: n.id }))[0]?.props ?? null);
  const relationships: unknown[] = [];
  for (const r of rows.relationships) {
    relationships.push(
      (await tx.run("edit/relationship-state", { type: r.type, from: r.from, to: r.to, key: r.key }))[0]?.props ?? null,
    );
  }
  return { nodes, relationships };
}

export const unauthenticated = () =>
  new AppError(
    "UNAUTHENTICATED",
    "Editing needs an API key: send it as `Authorization: Bearer <key>`. Reading needs none.",
  );
