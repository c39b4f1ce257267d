import { randomUUID } from "node:crypto";
import type { Gateway, StatementRunner } from "../db/Gateway";
import type { GraphRows } from "../seed/graph-rows";
import { toNeo4jRow } from "../seed/load-graph";
import { AppError, badInput } from "../shared/errors";

/** A record an edit points at, and the kinds (labels) it may be. */
export interface Reference {
  id: string;
  field: string;
  kinds: string[];
}

export interface Edit {
  holder: string;
  action: string;
  /** The id the audit trail files the edit under (the agreement, the initiative, the person...). */
  target: string;
  references: Reference[];
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
    await checkReferences(tx, edit.references);
    const before = await states(tx, edit.rows);
    if (edit.rows.nodes.length > 0) await tx.run("seed/merge-nodes", { rows: edit.rows.nodes.map(toNeo4jRow) });
    if (edit.rows.relationships.length > 0) await tx.run("seed/merge-relationships", { rows: edit.rows.relationships.map(toNeo4jRow) });
    const after = await states(tx, edit.rows);
    const entry = {
      id: randomUUID(), holder: edit.holder, action: edit.action, target: edit.target,
      before: JSON.stringify(before), after: JSON.stringify(after),
    };
    const [written] = await tx.run("edit/write-audit", entry);
    return { ...entry, at: written.at as string };
  });
}

async function checkReferences(tx: StatementRunner, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const rows = await tx.run("edit/find-records", { ids: references.map((r) => r.id) });
  const labelsOf = new Map(rows.map((row) => [row.id as string, (row.labels as string[] | null) ?? null]));
  const problems = references.flatMap((ref) => {
    const labels = labelsOf.get(ref.id);
    if (!labels) return [`${ref.field}: no record has the id "${ref.id}"`];
    return ref.kinds.some((k) => labels.includes(k)) ? [] : [`${ref.field}: "${ref.id}" is not a ${ref.kinds.join(" or ")}`];
  });
  if (problems.length > 0) throw badInput(`Nothing was written: ${problems.join("; ")}.`, { problems });
}

/** The properties of what the edit touches (null where it does not exist yet), one statement at a time. */
async function states(tx: StatementRunner, rows: GraphRows) {
  const nodes: unknown[] = [];
  for (const n of rows.nodes) nodes.push((await tx.run("edit/node-state", { id: n.id }))[0]?.props ?? null);
  const relationships: unknown[] = [];
  for (const r of rows.relationships) {
    relationships.push((await tx.run("edit/relationship-state", { type: r.type, from: r.from, to: r.to, key: r.key }))[0]?.props ?? null);
  }
  return { nodes, relationships };
}

export const unauthenticated = () =>
  new AppError("UNAUTHENTICATED", "Editing needs an API key: send it as `Authorization: Bearer <key>`. Reading needs none.");
