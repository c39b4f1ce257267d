import { createHash } from "node:crypto";
import path from "node:path";
import { bumpRevision } from "../db/bump-revision";
import type { Gateway } from "../db/Gateway";
import { buildGraphRows, type NodeRow, type RelationshipRow } from "../records/graph-rows";
import { toNeo4jRow } from "../db/to-neo4j-row";
import type { SeedProblem } from "../records/problem";
import { findSeedFiles } from "./read-seed-files";
import { readShard } from "./read-shard";
import type { SeedDataset } from "../records/schemas";
import { DEFAULT_SEED_DIR } from "./seed-database";
import { validateSeed } from "./validate-seed";
import type { RefKind } from "../records/check-records";
import { idsOfDataset, ShardValidator } from "./validate-shard";

/**
 * The streaming bulk path, for loads too large for the curated loader's single transaction (the
 * benchmark's synthetic graph: hundreds of thousands of relationships). Files are read, validated
 * and written one at a time, in the order `findSeedFiles` gives (name order within a folder), so a
 * file may refer to ids of the curated seeds, of earlier files and of itself (files are read with
 * js-yaml, see read-shard.ts, and validated with the curated files' zod schemas and reference rules,
 * see validate-shard.ts). Each batch of rows is
 * its own transaction, written with the same MERGE statements as the curated load, together with a
 * progress marker: a rerun after a kill skips the batches already committed, and since every write
 * is a MERGE on a stable id (nodes) or on (from, type, key, to) (relationships), nothing is duplicated.
 *
 * What a bulk load writes carries `origin: 'bulk'`: the curated load's diff neither sees nor deletes
 * it, and `cypher/seed/bulk-erase` removes it. A file with a problem stops the load before any of its
 * rows are written (earlier files stay loaded; fix the file and run again to resume).
 */
export const BULK_ORIGIN = "bulk";

export interface BulkBatch {
  file: string;
  /** 0-based index of the batch in its file; node batches come before relationship batches. */
  batch: number;
  batches: number;
  phase: "nodes" | "relationships";
  rows: number;
}

export interface BulkLoadOptions {
  /** Rows per transaction (default 2000). The batches of a file depend on it: resume with the same size. */
  batchSize?: number;
  /** Ids defined before the first file; default: those of the curated seeds in seeds/. */
  known?: ReadonlyMap<string, RefKind>;
  /** Called after each batch is committed; a throw stops the load there (tests inject a failure). */
  onBatch?: (batch: BulkBatch) => void | Promise<void>;
  /** Called after each file, with the totals so far. */
  onFile?: (file: string, report: BulkLoadReport) => void;
}

export interface BulkLoadReport {
  files: number;
  records: number;
  nodes: number;
  relationships: number;
  batchesWritten: number;
  /** Batches a previous run had committed (found by their progress marker). */
  batchesSkipped: number;
  /** Where the time went: reading and parsing YAML, validating, building rows, writing (the database). */
  ms: { parse: number; validate: number; rows: number; write: number; total: number };
}

export class BulkLoadError extends Error {
  constructor(
    message: string,
    readonly problems: SeedProblem[] = [],
  ) {
    super(message);
    this.name = "BulkLoadError";
  }
}

/** The ids of the curated seeds, which bulk files may refer to; the curated seeds must be valid. */
export function curatedIds(paths: string[] = [DEFAULT_SEED_DIR]): Map<string, RefKind> {
  const validation = validateSeed(paths);
  if (!validation.dataset)
    throw new BulkLoadError(
      "The curated seed files have problems; fix them first (npm run seed -- --dry-run).",
      validation.problems,
    );
  return idsOfDataset(validation.dataset);
}

const now = () => performance.now();

export async function bulkLoad(
  gateway: Gateway,
  paths: string[],
  options: BulkLoadOptions = {},
): Promise<BulkLoadReport> {
  const batchSize = options.batchSize ?? 2000;
  const started = now();
  const report: BulkLoadReport = {
    files: 0,
    records: 0,
    nodes: 0,
    relationships: 0,
    batchesWritten: 0,
    batchesSkipped: 0,
    ms: { parse: 0, validate: 0, rows: 0, write: 0, total: 0 },
  };
  // Relationships to countries and curated records are MATCHed, and would be silently dropped if absent.
  const [meta] = await gateway.read("seed/read-meta");
  if (!meta?.checksum)
    throw new BulkLoadError("The curated seeds are not loaded in this database: run `npm run seed` first.");

  const validator = new ShardValidator(options.known ?? curatedIds());
  for (const file of findSeedFiles(paths)) {
    let t = now();
    const { seedFile, problems: readProblems } = readShard(file);
    report.ms.parse += now() - t;
    if (!seedFile) throw new BulkLoadError(`${file} cannot be read; nothing of it was written.`, readProblems);

    t = now();
    const checked = validator.check(seedFile);
    report.ms.validate += now() - t;
    if (!checked.dataset)
      throw new BulkLoadError(
        `${file} has ${checked.problems.length} problem(s); nothing of it was written.`,
        checked.problems,
      );

    t = now();
    const { nodes, relationships } = bulkRows(checked.dataset);
    report.ms.rows += now() - t;

    const progressId = `load-progress:${path.basename(file)}:${createHash("sha256").update(seedFile.content).digest("hex").slice(0, 16)}`;
    const nodeBatches = Math.ceil(nodes.length / batchSize);
    const batches = nodeBatches + Math.ceil(relationships.length / batchSize);
    t = now();
    const [progress] = await gateway.read("seed/bulk-progress-read", { id: progressId });
    const done = Math.min(Number(progress?.batch ?? 0), batches);
    for (let batch = 0; batch < batches; batch++) {
      if (batch < done) {
        report.batchesSkipped++;
        continue;
      }
      const phase = batch < nodeBatches ? "nodes" : "relationships";
      const start = (phase === "nodes" ? batch : batch - nodeBatches) * batchSize;
      const slice = (phase === "nodes" ? nodes : relationships).slice(start, start + batchSize);
      await gateway.inWriteTransaction(async (tx) => {
        await tx.run(phase === "nodes" ? "seed/merge-nodes" : "seed/merge-relationships", { rows: slice });
        await tx.run("seed/bulk-progress-write", {
          id: progressId,
          file: path.basename(file),
          batch: batch + 1,
          batches,
        });
        await bumpRevision(tx);
      });
      report.batchesWritten++;
      if (options.onBatch) {
        const paused = now();
        await options.onBatch({ file, batch, batches, phase, rows: slice.length });
        t += now() - paused;
      }
    }
    report.ms.write += now() - t;

    report.files++;
    report.records += checked.records;
    report.nodes += nodes.length;
    report.relationships += relationships.length;
    report.ms.total = now() - started;
    options.onFile?.(file, report);
  }
  report.ms.total = now() - started;
  return report;
}

/** The rows a bulk load writes for one file's records: `origin: 'bulk'`, dates as Neo4j dates. */
export function bulkRows(dataset: Partial<SeedDataset>): { nodes: NodeRow[]; relationships: RelationshipRow[] } {
  const rows = buildGraphRows(dataset, { countries: false });
  const mark = <T extends NodeRow | RelationshipRow>(row: T): T =>
    toNeo4jRow({ ...row, props: { ...row.props, origin: BULK_ORIGIN } });
  return { nodes: rows.nodes.map(mark), relationships: rows.relationships.map(mark) };
}
