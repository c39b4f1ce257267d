import { isDeepStrictEqual } from "node:util";
import type { Row, StatementRunner } from "../db/Gateway";
import type { GraphRows, NodeRow, RelationshipRow } from "../records/graph-rows";
import { factId, nodeFactKind, relationshipFactKind, type FactRef } from "./fact-ref";

/**
 * Provenance for every write: the `firstSeen` and `updatedAt` stamps on the facts written, and
 * the change log (`Change` nodes), both in the writing transaction so they are there exactly
 * when the facts are. Loads (src/seed/load-graph.ts) and edits (src/edit/apply-edit.ts) each
 * make one call here, after their writes.
 */

/** Who or what made a change: an editor (with the audit entry of the edit) or a load (its checksum). */
export interface ChangeAuthor {
  editor?: string;
  audit?: string;
  load?: string;
  /** The data revision the write raised, where the caller knows it. */
  revision?: number;
}

type Action = "CREATED" | "UPDATED" | "DELETED";

interface FactChange {
  action: Action;
  ref: FactRef;
  kind: string | null;
  before: unknown;
  after: unknown;
}

const BATCH = 1000;

/** What a load compared: the rows it wanted, what it wrote and deleted, and the graph before. */
export interface LoadWrites {
  nodes: { written: NodeRow[]; deleted: Row[]; before: Row[] };
  relationships: { written: RelationshipRow[]; deleted: Row[]; before: Row[] };
  checksum: string;
  revision?: number;
}

/**
 * A load's changes: one per fact created, updated or deleted; but a first load into an empty
 * graph is one LOADED change (thousands of "created" entries would say nothing more).
 */
export async function recordLoadChanges(tx: StatementRunner, load: LoadWrites): Promise<void> {
  const seenNodes = new Map(load.nodes.before.map((row) => [factId(nodeRef(row)), row]));
  const seenRelationships = new Map(load.relationships.before.map((row) => [factId(relationshipRef(row)), row]));
  const changes: FactChange[] = [
    ...load.nodes.written.map((row) => written(nodeRef(row), nodeFactKind(row.labels), seenNodes, row.props)),
    ...load.relationships.written.map((row) =>
      written(relationshipRef(row), relationshipFactKind(row.type), seenRelationships, row.props),
    ),
    ...load.nodes.deleted.map((row) => deleted(nodeRef(row), nodeFactKind(row.labels as string[]), row)),
    ...load.relationships.deleted.map((row) =>
      deleted(relationshipRef(row), relationshipFactKind(String(row.type)), row),
    ),
  ];
  await stamp(tx, changes);
  const by = { load: load.checksum, revision: load.revision };
  const firstLoad = seenNodes.size === 0 && seenRelationships.size === 0;
  if (firstLoad && changes.length > 0) {
    await tx.run("provenance/write-changes", {
      changes: [{ seq: 0, action: "LOADED", fact: {}, factCount: changes.length }],
      by: author(by),
    });
  } else {
    await writeChanges(tx, changes, by);
  }
}

/** What an edit wrote, with the states (properties, or null where absent) before and after. */
export interface EditWrites {
  rows: GraphRows;
  before: { nodes: unknown[]; relationships: unknown[] };
  after: { nodes: unknown[]; relationships: unknown[] };
  editor: string;
  audit: string;
  revision?: number;
}

/** An edit's changes: each fact it created or really changed (rewriting a fact as it was is none). */
export async function recordEditChanges(tx: StatementRunner, edit: EditWrites): Promise<void> {
  const changes: FactChange[] = [];
  const compare = (ref: FactRef, kind: string | null, before: unknown, after: unknown) => {
    if (before === null || before === undefined) changes.push({ action: "CREATED", ref, kind, before: null, after });
    else if (!isDeepStrictEqual(before, after)) changes.push({ action: "UPDATED", ref, kind, before, after });
  };
  edit.rows.nodes.forEach((row, i) =>
    compare(nodeRef(row), nodeFactKind(row.labels), edit.before.nodes[i], edit.after.nodes[i]),
  );
  edit.rows.relationships.forEach((row, i) =>
    compare(
      relationshipRef(row),
      relationshipFactKind(row.type),
      edit.before.relationships[i],
      edit.after.relationships[i],
    ),
  );
  await stamp(tx, changes);
  await writeChanges(tx, changes, { editor: edit.editor, audit: edit.audit, revision: edit.revision });
}

// Private: rows to changes, stamps and the change log.

const nodeRef = (row: { id?: unknown }): FactRef => ({ id: String(row.id) });
const relationshipRef = (row: { type?: unknown; from?: unknown; to?: unknown; key?: unknown }): FactRef => ({
  type: String(row.type),
  from: String(row.from),
  to: String(row.to),
  key: String(row.key ?? ""),
});

function written(ref: FactRef, kind: string | null, seen: Map<string, Row>, after: unknown): FactChange {
  const old = seen.get(factId(ref));
  return old
    ? { action: "UPDATED", ref, kind, before: old.props, after }
    : { action: "CREATED", ref, kind, before: null, after };
}

const deleted = (ref: FactRef, kind: string | null, row: Row): FactChange => ({
  action: "DELETED",
  ref,
  kind,
  before: row.props,
  after: null,
});

async function stamp(tx: StatementRunner, changes: FactChange[]): Promise<void> {
  const live = changes.filter((c) => c.action !== "DELETED");
  const nodes = live.flatMap((c) => ("id" in c.ref ? [{ id: c.ref.id, created: c.action === "CREATED" }] : []));
  const relationships = live.flatMap((c) => ("id" in c.ref ? [] : [{ ...c.ref, created: c.action === "CREATED" }]));
  for (const rows of batches(nodes)) await tx.run("provenance/stamp-nodes", { rows });
  for (const rows of batches(relationships)) await tx.run("provenance/stamp-relationships", { rows });
}

async function writeChanges(tx: StatementRunner, changes: FactChange[], by: ChangeAuthor): Promise<void> {
  const entries = changes.map((c, seq) => ({
    seq,
    action: c.action,
    fact: { id: factId(c.ref), type: null, from: null, to: null, key: null, ...c.ref },
    factKind: c.kind,
    before: c.before === null ? null : JSON.stringify(c.before),
    after: c.after === null ? null : JSON.stringify(c.after),
    factCount: null,
  }));
  for (const batch of batches(entries)) await tx.run("provenance/write-changes", { changes: batch, by: author(by) });
}

const author = (by: ChangeAuthor) => ({
  editor: by.editor ?? null,
  audit: by.audit ?? null,
  load: by.load ?? null,
  revision: by.revision ?? null,
});

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) out.push(items.slice(start, start + BATCH));
  return out;
}
