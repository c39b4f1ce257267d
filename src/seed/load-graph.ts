import { bumpRevision } from "../db/bump-revision";
import type { Gateway, StatementRunner } from "../db/Gateway";
import { toNeo4jRow } from "../db/to-neo4j-row";
import { recordLoadChanges } from "../provenance/record-changes";
import type { GraphRows } from "../records/graph-rows";
import { diffRows, fingerprint, nodeKey, relationshipKey } from "./load-diff";

export interface LoadProgress {
  phase: "nodes" | "relationships" | "deletions";
  done: number;
  total: number;
}

export interface LoadOptions {
  checksum: string;
  files: string[];
  batchSize?: number;
  /** Called after each batch is written (inside the transaction): progress, and tests' fault injection. */
  onBatch?: (progress: LoadProgress) => void;
}

export interface LoadReport {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** Facts the files hold that an edit through the API has since changed: the edit is kept. */
  keptEdits: number;
  nodes: number;
  relationships: number;
}

/**
 * Writes a curated dataset in ONE transaction, so a failure anywhere leaves the graph as it was.
 * Only what really differs from the previous load is written; the counts come from that diff.
 * What an edit wrote is never overwritten or deleted by a load.
 */
export async function loadGraph(gateway: Gateway, rows: GraphRows, options: LoadOptions): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 1000;
  return gateway.inWriteTransaction(async (tx) => {
    const [oldNodes, oldRelationships] = [
      await tx.run("seed/snapshot-nodes"),
      await tx.run("seed/snapshot-relationships"),
    ];
    const nodeDiff = diffRows(
      rows.nodes,
      oldNodes,
      nodeKey,
      (r) => fingerprint({ labels: [...r.labels].sort(), props: r.props }),
      (row) => fingerprint({ labels: [...(row.labels as string[])].sort(), props: row.props }),
    );
    const relDiff = diffRows(
      rows.relationships,
      oldRelationships,
      relationshipKey,
      (r) => fingerprint(r.props),
      (row) => fingerprint(row.props),
    );

    const writes = { nodes: nodeDiff.toWrite, relationships: relDiff.toWrite };
    await writeInBatches(tx, "seed/merge-nodes", writes.nodes.map(toNeo4jRow), batchSize, "nodes", options.onBatch);
    await writeInBatches(
      tx,
      "seed/merge-relationships",
      writes.relationships.map(toNeo4jRow),
      batchSize,
      "relationships",
      options.onBatch,
    );
    const staleRelationships = relDiff.stale.map((row) => ({
      type: row.type,
      from: row.from,
      to: row.to,
      key: row.key,
    }));
    await writeInBatches(tx, "seed/delete-relationships", staleRelationships, batchSize, "deletions", options.onBatch);
    if (nodeDiff.stale.length > 0) await tx.run("seed/delete-nodes", { ids: nodeDiff.stale.map((row) => row.id) });
    // Response caches in every replica key on the revision: it rises with the load, atomically,
    // and the load's changes name it.
    const revision = await bumpRevision(tx);
    await recordLoadChanges(tx, {
      nodes: { written: writes.nodes, deleted: nodeDiff.stale, before: oldNodes },
      relationships: { written: writes.relationships, deleted: relDiff.stale, before: oldRelationships },
      checksum: options.checksum,
      revision,
    });
    await tx.run("seed/write-meta", { checksum: options.checksum, files: options.files });

    return {
      created: nodeDiff.created + relDiff.created,
      updated: nodeDiff.updated + relDiff.updated,
      unchanged: nodeDiff.unchanged + relDiff.unchanged,
      deleted: nodeDiff.stale.length + relDiff.stale.length,
      keptEdits: nodeDiff.keptEdits + relDiff.keptEdits,
      nodes: rows.nodes.length,
      relationships: rows.relationships.length,
    };
  });
}

async function writeInBatches(
  tx: StatementRunner,
  statement: string,
  rows: unknown[],
  batchSize: number,
  phase: LoadProgress["phase"],
  onBatch?: (progress: LoadProgress) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await tx.run(statement, { rows: rows.slice(start, start + batchSize) });
    onBatch?.({ phase, done: Math.min(start + batchSize, rows.length), total: rows.length });
  }
}
