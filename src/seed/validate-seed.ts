import { createHash } from "node:crypto";
import { version as worldCountriesVersion } from "world-countries/package.json";
import path from "node:path";
import { ISO_COUNTRY_CODES, WORLD_COUNTRIES_SOURCE } from "../records/iso-countries";
import { applyOverrides } from "../records/apply-overrides";
import { checkDataset } from "../records/check-dataset";
import {
  checkRecords,
  checkShapes,
  problemReporter,
  REF_KIND,
  type Located,
  type RefKind,
} from "../records/check-records";
import type { SeedProblem } from "../records/problem";
import { findSeedFiles, readSeedFile } from "./read-seed-files";
import { SEED_KINDS, type SeedDataset } from "../records/schemas";

export interface SeedValidation {
  files: string[];
  problems: SeedProblem[];
  /** Doubts a curator should look at; they do not stop a load. */
  warnings: SeedProblem[];
  /** Present only when there is no problem. */
  dataset?: SeedDataset;
  /** Changes whenever any seed file or the country package changes. */
  checksum: string;
}

/** Parses and checks every seed file; nothing is written anywhere. */
export function validateSeed(paths: string[]): SeedValidation {
  const files = findSeedFiles(paths);
  const problems: SeedProblem[] = [];
  const warnings: SeedProblem[] = [];
  const located: Located[] = [];
  const hash = createHash("sha256").update(`world-countries:${worldCountriesVersion}\n`);

  for (const file of files) {
    const { seedFile, problems: readProblems } = readSeedFile(file);
    problems.push(...readProblems);
    if (!seedFile) continue;
    hash.update(`${path.basename(file)}\n${seedFile.content}\n`);
    located.push(...checkShapes(seedFile, problems));
  }
  const checksum = hash.digest("hex").slice(0, 16);
  if (files.length === 0) {
    problems.push({ file: paths.join(", "), line: 0, field: "", message: "no .yaml file found there" });
  }
  if (problems.length > 0) return { files, problems, warnings, checksum };

  // Overrides (edits exported as seeds) fold into the records they name before any other rule.
  const records = applyOverrides(located, problemReporter(problems));
  if (problems.length === 0) checkReferences(records, problems);
  if (problems.length === 0) checkDataset(records, problemReporter(problems), problemReporter(warnings));
  if (problems.length > 0) return { files, problems, warnings, checksum };

  const dataset = Object.fromEntries(
    Object.keys(SEED_KINDS).map((kind) => [kind, [] as unknown[]]),
  ) as unknown as SeedDataset;
  for (const item of records) (dataset[item.kind] as unknown[]).push(item.record);
  return { files, problems, warnings, dataset, checksum };
}

/** Unique ids across all files and kinds, then the reference rules shared with bulk loads. */
function checkReferences(located: Located[], problems: SeedProblem[]): void {
  const kindOfId = new Map<string, RefKind>();
  const firstSeen = new Map<string, Located>();
  const problemAt = problemReporter(problems);
  for (const code of ISO_COUNTRY_CODES) kindOfId.set(code, "party");
  for (const item of located) {
    const refKind = REF_KIND[item.kind];
    if (!refKind) continue;
    const earlier = firstSeen.get(item.record.id);
    if (earlier || kindOfId.has(item.record.id)) {
      const where = earlier
        ? `${earlier.file.file}:${earlier.file.lineOf([earlier.kind, earlier.index, "id"])}`
        : "a country code";
      problemAt(
        item,
        ["id"],
        `duplicate id "${item.record.id}": already used at ${where}; ids are unique across every kind`,
      );
      continue;
    }
    firstSeen.set(item.record.id, item);
    kindOfId.set(item.record.id, refKind);
  }
  if (!firstSeen.has(WORLD_COUNTRIES_SOURCE)) {
    problems.push({
      file: "seeds/",
      line: 0,
      field: "sources",
      message: `the source "${WORLD_COUNTRIES_SOURCE}" must be defined: every country cites it`,
    });
  }
  checkRecords(located, { kindOf: (id) => kindOfId.get(id), problemAt, countryAliases: new Set() });
}
