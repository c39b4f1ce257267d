import { createHash } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import type { BackupElement } from "./read-graph";
import { GraphChecksum } from "./graph-checksum";

/**
 * A backup is JSON Lines: a header, every node, every relationship, then an end line with the
 * counts, the graph checksum and the SHA-256 of all the lines before it. A file cut short or
 * changed by hand fails the digest, so a restore can refuse it before writing anything.
 */
export const BACKUP_FORMAT = "alliance-graph-backup";
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  type: "header";
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The dataset release (CITATION.cff) of the code that wrote the backup. */
  datasetVersion: string;
  createdAt: string;
}

export interface BackupEnd {
  type: "end";
  nodes: number;
  relationships: number;
  auditEntries: number;
  graphChecksum: string;
  digest: string;
}

export interface Backup {
  header: BackupHeader;
  end: BackupEnd;
  /** Nodes first, then relationships, as in the file. */
  elements: BackupElement[];
}

/** Reads and verifies a whole backup; throws a message naming the file and what is wrong. */
export async function readBackupFile(file: string): Promise<Backup> {
  if (!fs.existsSync(file)) throw new BackupFileError(`${file} does not exist.`);
  const digest = createHash("sha256");
  const checksum = new GraphChecksum();
  const elements: BackupElement[] = [];
  let header: BackupHeader | undefined;
  let end: BackupEnd | undefined;
  let lineNumber = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (end) throw new BackupFileError(`${file}:${lineNumber}: a line after the end line.`);
    let value: { type?: string };
    try {
      value = JSON.parse(line);
    } catch {
      throw new BackupFileError(`${file}:${lineNumber}: not a JSON line; the file is damaged.`);
    }
    if (lineNumber === 1) {
      header = value as BackupHeader;
      if (header.type !== "header" || header.format !== BACKUP_FORMAT)
        throw new BackupFileError(`${file} is not an Alliance Graph backup (npm run backup writes one).`);
      if (header.formatVersion !== BACKUP_FORMAT_VERSION)
        throw new BackupFileError(
          `${file} is backup format ${header.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}.`,
        );
    } else if (value.type === "end") {
      end = value as BackupEnd;
      continue;
    } else if (value.type === "node" || value.type === "relationship") {
      elements.push(value as BackupElement);
      checksum.add(value as BackupElement);
    } else throw new BackupFileError(`${file}:${lineNumber}: an unknown line type "${value.type}".`);
    digest.update(`${line}\n`);
  }
  if (!header) throw new BackupFileError(`${file} is empty.`);
  if (!end) throw new BackupFileError(`${file} has no end line: the backup was cut short. Take it again.`);
  const nodes = elements.filter((e) => e.type === "node").length;
  if (digest.digest("hex") !== end.digest || nodes !== end.nodes || elements.length - nodes !== end.relationships)
    throw new BackupFileError(`${file} does not match its own digest: it was damaged or changed. Nothing was written.`);
  if (checksum.digest() !== end.graphChecksum)
    throw new BackupFileError(`${file}: its graph checksum does not match its contents. Nothing was written.`);
  return { header, end, elements };
}

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFileError";
  }
}
