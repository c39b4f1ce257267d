import { applySchema } from "../db/apply-schema";
import { bumpRevision } from "../db/bump-revision";
import type { Gateway, StatementRunner } from "../db/Gateway";
import type { Backup } from "./backup-file";
import { graphChecksum } from "./graph-checksum";
import { census } from "./read-graph";
import { decodeProperties } from "./typed-properties";

export interface RestoreOptions {
  /** The backup's file name, kept in the progress marker for whoever finds a restore unfinished. */
  file: string;
  /** Erase a database that holds anything (the CLI asks for --replace --yes). */
  replace?: boolean;
  batchSize?: number;
  onBatch?: (progress: { batch: number; batches: number; rows: number; total: number }) => void;
  log?: (line: string) => void;
}

export interface RestoreOutcome {
  batches: number;
  /** The first batch this run wrote: above 0 when it resumed a restore that a kill interrupted. */
  startedAt: number;
  checksum: string;
}

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

/**
 * Writes a verified backup (readBackupFile) into the database in batches, one transaction each,
 * with a progress marker committed alongside. A rerun after a kill finds the marker of the same
 * backup and goes on from the next batch. At the end the graph's checksum must equal the backup's.
 */
export async function restoreBackup(
  gateway: Gateway,
  catalog: ReadonlyMap<string, string>,
  backup: Backup,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  const log = options.log ?? (() => undefined);
  const digest = backup.end.digest;
  const [progress] = await gateway.read("backup/read-progress");
  const resuming = progress.digest === digest;
  let startedAt = 0;
  if (resuming) {
    startedAt = (progress.batch as number) + 1;
    log(`Resuming the restore of ${options.file} from batch ${startedAt + 1}.`);
  } else {
    const count = await census(gateway);
    const held = count.records + count.metas + count.auditEntries + count.changes + count.strays;
    if (held > 0) {
      if (!options.replace)
        throw new RestoreRefused(
          `The database is not empty (${count.records} records, ${count.auditEntries} audit entries, ${count.relationships} relationships). ` +
            "Restoring replaces all of it: run again with --replace --yes, or restore into an empty database.",
        );
      log(`Erasing the database (${held} nodes, ${count.relationships} relationships).`);
      await gateway.write("admin/erase-all");
    }
  }
  await applySchema(gateway, catalog);

  const batchSize = options.batchSize ?? 2000;
  const batches = Math.max(1, Math.ceil(backup.elements.length / batchSize));
  for (let batch = startedAt; batch < batches; batch++) {
    const slice = backup.elements.slice(batch * batchSize, (batch + 1) * batchSize);
    await gateway.inWriteTransaction(async (tx) => {
      await writeBatch(tx, slice);
      await tx.run("backup/write-progress", { digest, file: options.file, batch, batches });
    });
    options.onBatch?.({
      batch: batch + 1,
      batches,
      rows: Math.min((batch + 1) * batchSize, backup.elements.length),
      total: backup.elements.length,
    });
  }
  await finishRestore(gateway);

  const checksum = await graphChecksum(gateway);
  if (checksum !== backup.end.graphChecksum)
    throw new Error(
      `The restored graph's checksum ${checksum} differs from the backup's ${backup.end.graphChecksum}: the database changed during the restore, or it was not empty. Run again with --replace --yes.`,
    );
  return { batches, startedAt, checksum };
}

async function writeBatch(tx: StatementRunner, slice: Backup["elements"]): Promise<void> {
  const nodes = slice.flatMap((e) => (e.type === "node" ? [{ labels: e.labels, props: decodeProperties(e) }] : []));
  const relationships = slice.flatMap((e) =>
    e.type === "relationship" ? [{ type: e.relType, from: e.from, to: e.to, props: decodeProperties(e) }] : [],
  );
  if (nodes.length > 0) await tx.run("backup/create-nodes", { rows: nodes });
  if (relationships.length > 0) {
    const [row] = await tx.run("backup/create-relationships", { rows: relationships });
    if (row.created !== relationships.length)
      throw new Error(
        `Only ${row.created} of ${relationships.length} relationships found both their ends: the backup is inconsistent.`,
      );
  }
}

/**
 * The restore's last write, once every batch is in: the progress marker goes, and whatever tells
 * readers that the data changed under them runs here, once per restore.
 */
export async function finishRestore(gateway: Gateway): Promise<void> {
  // The revision rises with the restore's last write, so every replica's cache and ETags let go
  // of answers about the graph that was there before.
  await gateway.inWriteTransaction(async (tx) => {
    await tx.run("backup/finish");
    await bumpRevision(tx);
  });
}
