/**
 * Draws a reproducible sample of single-source facts from the seeds, for checking by hand.
 *
 *   npx tsx scripts/draw-single-source-facts.ts [count] [seed] [seed-path...]
 *
 * Defaults: 60 facts, seed 20261201, path "seeds". A fact is a record itself (its own `sources`),
 * or a fact nested in it: an act, membership, signature, attendance, sector claim, commitment,
 * position or claim. Left out: countries (generated from the world-countries package, all citing
 * it) and the sector vocabulary records (our own word list, not facts about the world; the sector
 * claims made on agreements and initiatives are kept). Facts are listed in load order (file, then record, then field), then drawn
 * without replacement by a partial Fisher-Yates shuffle driven by mulberry32(seed), so the same
 * seeds and the same seed number always give the same sample.
 */
import { validateSeed } from "../src/seed/validate-seed";

interface Fact {
  kind: string;
  id: string;
  path: string;
  value: unknown;
  source: string;
}

/** mulberry32: a small, well-known 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a nested fact says, without its `sources`. */
function valueOf(item: Record<string, unknown>): Record<string, unknown> {
  const { sources: _sources, ...rest } = item;
  return Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

/** A short label for a record itself. */
function labelOf(record: Record<string, unknown>): Record<string, unknown> {
  const label: Record<string, unknown> = {};
  for (const key of [
    "name",
    "title",
    "kind",
    "signedOn",
    "launchedOn",
    "country",
    "organization",
    "person",
    "agreement",
    "date",
    "summary",
  ]) {
    if (record[key] !== undefined)
      label[key] = key === "summary" ? String(record[key]).slice(0, 80) + "…" : record[key];
  }
  return label;
}

const NESTED = [
  "acts",
  "memberships",
  "signatures",
  "attendances",
  "sectors",
  "commitments",
  "positions",
  "claims",
] as const;

function collect(dataset: Record<string, unknown[]>): Fact[] {
  const facts: Fact[] = [];
  for (const [kind, records] of Object.entries(dataset)) {
    if (kind === "sources" || kind === "countries" || kind === "sectors") continue;
    for (const raw of records) {
      const record = raw as Record<string, unknown>;
      const id = String(record.id);
      const own = record.sources as string[] | undefined;
      if (own?.length === 1) facts.push({ kind, id, path: "sources", value: labelOf(record), source: own[0] });
      for (const field of NESTED) {
        const list = record[field];
        if (!Array.isArray(list)) continue;
        list.forEach((item: Record<string, unknown>, i: number) => {
          const sources = item.sources as string[] | undefined;
          if (sources?.length === 1)
            facts.push({ kind, id, path: `${field}[${i}]`, value: valueOf(item), source: sources[0] });
        });
      }
    }
  }
  return facts;
}

function draw<T>(items: T[], count: number, seed: number): T[] {
  const pool = items.slice();
  const random = mulberry32(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

function main(): void {
  const [countArg, seedArg, ...paths] = process.argv.slice(2);
  const count = countArg ? Number(countArg) : 60;
  const seed = seedArg ? Number(seedArg) : 20261201;
  const validation = validateSeed(paths.length > 0 ? paths : ["seeds"]);
  if (!validation.dataset) {
    for (const p of validation.problems) console.error(`${p.file}:${p.line} ${p.field}: ${p.message}`);
    process.exit(1);
  }
  const facts = collect(validation.dataset as unknown as Record<string, unknown[]>);
  console.log(
    `# ${facts.length} single-source facts in ${validation.files.length} files (checksum ${validation.checksum}); drawing ${Math.min(count, facts.length)} with seed ${seed}`,
  );
  draw(facts, count, seed).forEach((f, i) => {
    console.log(
      `${String(i + 1).padStart(2)}. ${f.kind}/${f.id} ${f.path} = ${JSON.stringify(f.value)}  [source: ${f.source}]`,
    );
  });
}

main();
