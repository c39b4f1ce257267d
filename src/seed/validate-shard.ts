import { ISO_COUNTRY_CODES } from "../records/iso-countries";
import {
  checkRecords,
  checkShapes,
  problemReporter,
  REF_KIND,
  type Located,
  type RefKind,
} from "../records/check-records";
import type { SeedProblem } from "../records/problem";
import type { SeedFile } from "./read-seed-files";
import type { SeedDataset, SeedKind } from "../records/schemas";

/**
 * Validation of one file of a bulk load (see bulk-load.ts), with the same zod schemas and the same
 * reference rules as validate-seed.ts, but file by file: a reference must name an id defined by the
 * curated seeds, by an earlier file, or by the same file. Nothing but the ids is kept between files,
 * so a load of any size never holds more than one file's records.
 * The shape and reference rules are check-records.ts, shared with validate-seed.ts.
 */

/** The ids a validated dataset defines (the curated seeds), each with the kind a reference to it expects. */
export function idsOfDataset(dataset: SeedDataset): Map<string, RefKind> {
  const ids = new Map<string, RefKind>();
  for (const [kind, refKind] of Object.entries(REF_KIND) as Array<[SeedKind, RefKind]>) {
    for (const record of dataset[kind] as Array<{ id: string }>) ids.set(record.id, refKind);
  }
  return ids;
}

export interface ShardCheck {
  problems: SeedProblem[];
  /** The file's records, defaults applied; present only when the file has no problem. */
  dataset?: Partial<SeedDataset>;
  records: number;
}

export class ShardValidator {
  private readonly kindOfId = new Map<string, RefKind>();
  private readonly countryAliases = new Set<string>();

  /** `known`: ids defined before the first file (the curated seeds). */
  constructor(known: ReadonlyMap<string, RefKind> = new Map()) {
    for (const code of ISO_COUNTRY_CODES) this.kindOfId.set(code, "party");
    for (const [id, kind] of known) this.kindOfId.set(id, kind);
  }

  /** How many ids later files may refer to. */
  get knownIds(): number {
    return this.kindOfId.size;
  }

  /** Checks one parsed file. Its ids become known to later files only when it has no problem. */
  check(seedFile: SeedFile): ShardCheck {
    const problems: SeedProblem[] = [];
    const located = checkShapes(seedFile, problems);
    for (const item of located.filter((i) => i.override))
      problemReporter(problems)(item, ["override"], "a bulk load takes no overrides; load them with npm run seed");
    if (problems.length === 0) this.checkReferences(located, problems);
    if (problems.length > 0) return { problems, records: located.length };
    const dataset: Partial<SeedDataset> = {};
    for (const item of located) ((dataset[item.kind] ??= []) as unknown[]).push(item.record);
    return { problems, dataset, records: located.length };
  }

  private checkReferences(located: Located[], problems: SeedProblem[]): void {
    const kindOfId = this.kindOfId;
    const problemAt = problemReporter(problems);

    // Ids first, so that a record may refer to one defined further down the same file.
    const fresh = new Map<string, RefKind>();
    for (const item of located) {
      const refKind = REF_KIND[item.kind];
      if (!refKind) continue;
      const id = item.record.id;
      if (kindOfId.has(id) || fresh.has(id)) {
        const where = fresh.has(id)
          ? "earlier in this file"
          : ISO_COUNTRY_CODES.has(id)
            ? "a country code"
            : "by the curated seeds or an earlier file";
        problemAt(item, ["id"], `duplicate id "${id}": already defined ${where}; ids are unique across every kind`);
        continue;
      }
      fresh.set(id, refKind);
    }
    checkRecords(located, {
      kindOf: (id) => kindOfId.get(id) ?? fresh.get(id),
      problemAt,
      countryAliases: this.countryAliases,
      unknownHint: " (not in the curated seeds, an earlier file or this one)",
    });
    if (problems.length === 0) for (const [id, kind] of fresh) kindOfId.set(id, kind);
  }
}
