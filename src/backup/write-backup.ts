import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import { finished } from "node:stream/promises";
import { datasetRelease } from "../api/dataset-release";
import type { Gateway } from "../db/Gateway";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupEnd, type BackupHeader } from "./backup-file";
import { GraphChecksum } from "./graph-checksum";
import { census, readGraph } from "./read-graph";

export interface BackupProgress {
  done: number;
  total: number;
}

/**
 * Writes every node, relationship, edit and audit entry to `file`, through the driver (so it works
 * on the embedded Neo4j and on NEO4J_URI alike, APOC or not). It writes `file.partial` and renames
 * it when whole, so `file` is never half a backup. Edits made meanwhile may or may not be in it.
 */
export async function writeBackup(
  gateway: Gateway,
  file: string,
  onProgress: (progress: BackupProgress) => void = () => undefined,
): Promise<BackupEnd> {
  const count = await census(gateway);
  if (count.strays > 0 || count.looseRelationships > 0)
    throw new Error(
      `The database holds ${count.strays} node(s) that are not Records, Meta markers, audit entries or changes, and ${count.looseRelationships} relationship(s) not between Records: it was not written by Alliance Graph alone, so a backup would lose them.`,
    );
  if (count.restoring > 0)
    throw new Error("A restore into this database is unfinished (npm run restore wrote part of it): rerun it first.");
  const total = count.records + count.metas + count.auditEntries + count.changes + count.relationships;
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial);
  const digest = createHash("sha256");
  const checksum = new GraphChecksum();
  const write = async (value: object, hashed = true) => {
    const line = `${JSON.stringify(value)}\n`;
    if (hashed) digest.update(line);
    if (!out.write(line)) await once(out, "drain");
  };
  try {
    const header: BackupHeader = {
      type: "header",
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      datasetVersion: datasetRelease().version,
      createdAt: new Date().toISOString(),
    };
    await write(header);
    let nodes = 0;
    let relationships = 0;
    let auditEntries = 0;
    for await (const element of readGraph(gateway)) {
      await write(element);
      checksum.add(element);
      if (element.type === "node") {
        nodes++;
        if (element.labels.includes("AuditEntry")) auditEntries++;
      } else relationships++;
      if ((nodes + relationships) % 5000 === 0) onProgress({ done: nodes + relationships, total });
    }
    onProgress({ done: nodes + relationships, total });
    const end: BackupEnd = {
      type: "end",
      nodes,
      relationships,
      auditEntries,
      graphChecksum: checksum.digest(),
      digest: digest.digest("hex"),
    };
    await write(end, false);
    out.end();
    await finished(out);
    fs.renameSync(partial, file);
    return end;
  } catch (error) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
