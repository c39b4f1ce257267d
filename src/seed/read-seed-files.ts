import fs from "node:fs";
import path from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { PathKey, RecordOrigin, SeedProblem } from "../records/problem";

/** A parsed seed file that can tell on which line any of its values stands. */
export interface SeedFile extends RecordOrigin {
  content: string;
}

export const MAX_SEED_FILE_BYTES = 20 * 1024 * 1024;

/** The YAML files under each path (a file or a folder), in a stable order. */
export function findSeedFiles(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (target: string) => {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) throw new Error(`Seed path not found: ${target}`);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) visit(path.join(target, entry));
    } else if (/\.ya?ml$/i.test(target)) {
      found.push(target);
    }
  };
  paths.forEach(visit);
  return [...new Set(found)];
}

export function readSeedFile(file: string): { seedFile?: SeedFile; problems: SeedProblem[] } {
  const size = fs.statSync(file).size;
  if (size > MAX_SEED_FILE_BYTES) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: "",
          message: `the file is ${(size / 1048576).toFixed(1)} MB; seed files may be at most ${MAX_SEED_FILE_BYTES / 1048576} MB: split it into several files`,
        },
      ],
    };
  }
  const content = fs.readFileSync(file, "utf8");
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        field: "",
        message: `not valid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  if (doc.contents === null) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: "",
          message: "the file is empty: expected top-level lists such as `agreements:` (see seeds/README.md)",
        },
      ],
    };
  }
  return {
    seedFile: {
      file,
      content,
      data: doc.toJS({ maxAliasCount: 100 }),
      lineOf: (keys) => lineOf(doc, lineCounter, keys),
    },
    problems: [],
  };
}

/** The line of the deepest value that exists along the path (a missing field points at its record). */
function lineOf(doc: Document, lineCounter: LineCounter, keys: PathKey[]): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value;
      const range = (pair.key as { range?: [number, number, number] }).range;
      if (range) line = lineCounter.linePos(range[0]).line;
    } else if (isSeq(node)) {
      node = node.items[key as number];
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) line = lineCounter.linePos(range[0]).line;
    } else {
      break;
    }
  }
  return line;
}
