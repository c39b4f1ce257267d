import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { Gateway } from "../db/Gateway";
import { isNested, type OverrideForm } from "../records/apply-overrides";
import type { SeedKind } from "../records/schemas";

interface ExportedRecord {
  kind: SeedKind;
  override?: OverrideForm;
  record: Record<string, unknown> & { id: string };
}

export interface SeedExportReport {
  files: string[];
  records: number;
  overrides: number;
  auditEntries: number;
  /** Audit entries written before edits kept their seed form: listed in the trail, not in the files. */
  withoutSeedForm: number;
}

const AUDIT_FILE = "audit-trail.json";

/**
 * Writes the graph's API edits as seed files in `dir`, one per kind (`sources.yaml`...): a record
 * an edit created as a plain record, an edit to a curated record as an override of it (seeds/README.md,
 * "Overrides"), each as the edit's own checks saw it, with its sources. The audit trail goes beside
 * them. `npm run seed -- seeds DIR` into an empty database then gives the same graph.
 */
export async function writeSeedExport(gateway: Gateway, dir: string): Promise<SeedExportReport> {
  const rows = await gateway.read("export/audit-entries");
  const entries = rows.map((r) => r.entry as Record<string, string | null>);
  const exported = new Map<string, ExportedRecord>();
  let withoutSeedForm = 0;
  for (const entry of entries) {
    if (!entry.record || !entry.kind) {
      withoutSeedForm++;
      continue;
    }
    replay(exported, entry.kind as SeedKind, JSON.parse(entry.record), entry.adds ?? undefined, entry.before);
  }

  fs.mkdirSync(dir, { recursive: true });
  const byKind = new Map<SeedKind, ExportedRecord[]>();
  for (const item of exported.values()) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  const files: string[] = [];
  for (const [kind, items] of byKind) {
    const file = path.join(dir, `${kind}.yaml`);
    const records = items.map(({ override, record }) => ({
      ...(override && { override }),
      ...withoutEmptyLists(record),
    }));
    fs.writeFileSync(
      file,
      `# Edits made through the API, exported by npm run export -- --format seeds (see seeds/README.md, "Overrides").\n${stringify({ [kind]: records })}`,
    );
    files.push(file);
  }
  fs.writeFileSync(path.join(dir, AUDIT_FILE), `${JSON.stringify(entries, null, 2)}\n`);
  files.push(path.join(dir, AUDIT_FILE));
  const all = [...exported.values()];
  return {
    files,
    records: all.length,
    overrides: all.filter((i) => i.override).length,
    auditEntries: entries.length,
    withoutSeedForm,
  };
}

/**
 * One edit, folded into what the export holds so far, as the loader's overrides will fold it
 * back: an upsert replaces the record's own fields and adds its nested facts (an edit never
 * removes a relationship); an addition only adds nested facts.
 */
function replay(
  exported: Map<string, ExportedRecord>,
  kind: SeedKind,
  record: ExportedRecord["record"],
  adds: string | undefined,
  before: string | null,
): void {
  const key = `${kind}:${record.id}`;
  const current = exported.get(key);
  if (adds) {
    const added = (record[adds] as unknown[]) ?? [];
    if (current) current.record[adds] = [...((current.record[adds] as unknown[]) ?? []), ...added];
    else exported.set(key, { kind, override: "add", record: { id: record.id, [adds]: added } });
    return;
  }
  if (current) {
    const merged: ExportedRecord["record"] = { ...record };
    for (const [field, value] of Object.entries(current.record)) {
      if (isNested(value) || isNested(record[field]))
        merged[field] = [...((value as unknown[]) ?? []), ...((record[field] as unknown[]) ?? [])];
    }
    exported.set(key, { kind, override: current.override && "replace", record: merged });
    return;
  }
  const nodes = (JSON.parse(before ?? "{}") as { nodes?: Array<{ id?: string } | null> }).nodes ?? [];
  const existed = nodes.some((n) => n?.id === record.id);
  exported.set(key, { kind, ...(existed && { override: "replace" as const }), record });
}

const withoutEmptyLists = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
