import path from "node:path";
import type { Gateway } from "../db/Gateway";
import { projectRoot } from "../shared/project-root";
import { buildGraphRows } from "../records/graph-rows";
import { loadGraph, type LoadProgress, type LoadReport } from "./load-graph";
import type { SeedValidation } from "./validate-seed";

export const DEFAULT_SEED_DIR = path.join(projectRoot, "seeds");

export interface SeedOutcome {
  validation: SeedValidation;
  /** Absent when validation failed or the graph already held this dataset. */
  report?: LoadReport;
  upToDate?: boolean;
}

export interface SeedOptions {
  /** Load even when the graph already holds a dataset with the same checksum. */
  force?: boolean;
  onBatch?: (progress: LoadProgress) => void;
}

/** Loads validated seed files in one transaction, unless they have problems or are loaded already. */
export async function seedDatabase(
  gateway: Gateway,
  validation: SeedValidation,
  options: SeedOptions = {},
): Promise<SeedOutcome> {
  if (!validation.dataset) return { validation };
  if (!options.force) {
    const [meta] = await gateway.read("seed/read-meta");
    if (meta?.checksum === validation.checksum) return { validation, upToDate: true };
  }
  const rows = buildGraphRows(validation.dataset);
  const files = validation.files.map((file) => path.relative(projectRoot, path.resolve(file)));
  const report = await loadGraph(gateway, rows, { checksum: validation.checksum, files, onBatch: options.onBatch });
  return { validation, report };
}

export function formatReport(report: LoadReport): string {
  return `${report.nodes} nodes and ${report.relationships} relationships: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.deleted} deleted${report.keptEdits ? `, ${report.keptEdits} kept as edited through the API` : ""}`;
}
