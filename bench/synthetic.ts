import fs from "node:fs";
import path from "node:path";
import jsyaml from "js-yaml";
import { ISO_COUNTRIES, type IsoCountry } from "../src/records/iso-countries";
import { AGREEMENT_KINDS, INITIATIVE_KINDS } from "../src/records/schemas";
import { DEFAULT_SEED_DIR } from "../src/seed/seed-database";
import { validateSeed } from "../src/seed/validate-seed";

/**
 * A deterministic synthetic graph shaped like the real one, written in the seed format as
 * numbered shards that `bulkLoad` streams in name order. Every id starts with `bench-`. The
 * parties are the real ISO countries (the curated load creates them) plus synthetic
 * organizations, so the loader's validation stays as strict as for the curated files.
 *
 * Scale 1: about 250 parties, 5,000 people, 20,000 agreements and 200,000 relationships; every
 * count is multiplied by the scale. Only one shard's records are held at a time.
 */
export const GENERATOR_VERSION = 4;
export const DEFAULT_SEED = 20260116;

export interface Probes {
  /** An agreement with two signatures, for the point lookup and "who signed". */
  agreement: string;
  /** A well-connected country and a sector with sub-sectors, for "partners in one sector". */
  partnersParty: string;
  partnersSector: string;
  /** Two parties with no shared agreement, in different regions, for shortestPaths. */
  pathFrom: string;
  pathTo: string;
  /** A small party, for network at depth 2 (a hub country's depth-2 network is the whole graph). */
  networkCenter: string;
  /** Words that many names start with. */
  searchText: string;
}

export interface Manifest {
  generator: number;
  scale: number;
  seed: number;
  files: Array<{ name: string; kind: string; records: number }>;
  counts: Record<string, number>;
  probes: Probes;
}

export const MANIFEST = "manifest.json";

/** mulberry32: a small, fast, seedable PRNG; the same seed always gives the same graph. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}
type Random = ReturnType<typeof prng>;

/** Weighted sampling by binary search over cumulative weights. */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  constructor(
    readonly items: T[],
    weights: number[],
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
  }
  get total(): number {
    return this.cumulative.at(-1) ?? 0;
  }
  pick(random: Random): T {
    const x = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

const FIRST = [
  "Anna",
  "Amir",
  "Chen",
  "David",
  "Élodie",
  "Fatima",
  "Gideon",
  "Hana",
  "Ibrahim",
  "Jacob",
  "Kenji",
  "Léa",
  "Maria",
  "Noam",
  "Olga",
  "Pierre",
  "Priya",
  "Rafael",
  "Sofía",
  "Tomás",
  "Yael",
  "Zoë",
  "Hiroshi",
  "Ngozi",
  "Lars",
  "Ana",
  "Mehmet",
  "Sun",
  "Erez",
  "Ingrid",
];
const LAST = [
  "Abe",
  "Ben-David",
  "Cohen",
  "Dubois",
  "Eskel",
  "Fernández",
  "García",
  "Haddad",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Levi",
  "Müller",
  "Nakamura",
  "O’Neill",
  "Park",
  "Quispe",
  "Rossi",
  "Sa’ar",
  "Tanaka",
  "Usman",
  "Van Dijk",
  "Wang",
  "Xu",
  "Yilmaz",
  "Zhou",
  "Okafor",
  "Silva",
  "Novak",
  "Lindqvist",
];
const TITLES = [
  "Minister of Science and Technology",
  "Deputy Minister of Foreign Affairs",
  "Ambassador",
  "Director General",
  "Under Secretary for Economic Affairs",
  "Head of the National AI Directorate",
  "Chief Scientist",
  "Special Envoy for Critical Technologies",
];
const TITLES_FR = [
  "Ministre de la Science et de la Technologie",
  "Vice-ministre des Affaires étrangères",
  "Ambassadeur",
  "Directeur général",
  "Sous-secrétaire aux affaires économiques",
  "Directeur de la Direction nationale de l’IA",
  "Scientifique en chef",
  "Envoyé spécial pour les technologies critiques",
];
const KIND_TITLE: Record<(typeof AGREEMENT_KINDS)[number], string> = {
  declaration: "Declaration",
  "joint-statement": "Joint Statement",
  memorandum: "Memorandum of Understanding",
  treaty: "Treaty",
  convention: "Convention",
  framework: "Framework Agreement",
  "code-of-conduct": "Code of Conduct",
};
const KIND_TITLE_FR: Record<(typeof AGREEMENT_KINDS)[number], string> = {
  declaration: "Déclaration",
  "joint-statement": "Déclaration conjointe",
  memorandum: "Protocole d’accord",
  treaty: "Traité",
  convention: "Convention",
  framework: "Accord-cadre",
  "code-of-conduct": "Code de conduite",
};
const ORG_KINDS = ["ministry", "agency", "directorate", "office", "intergovernmental", "company", "other"] as const;
const ORG_WORDS = [
  "Innovation",
  "Research",
  "Technology",
  "Security",
  "Digital",
  "Space",
  "Energy",
  "Standards",
  "Cooperation",
  "Development",
];
const ACT_LATER = ["ratified", "acceded", "endorsed"] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function randomDate(random: Random, fromYear = 1995, toYear = 2025): string {
  const year = fromYear + random.int(toYear - fromYear + 1);
  const roll = random.next();
  if (roll < 0.1) return String(year);
  const month = 1 + random.int(12);
  if (roll < 0.25) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(1 + random.int(28))}`;
}

const laterDate = (random: Random, date: string) => {
  const year = Math.min(2026, Number(date.slice(0, 4)) + 1 + random.int(3));
  return `${year}-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}`;
};

interface Party {
  id: string;
  name: string;
  region: string;
}

export interface GenerateOptions {
  scale: number;
  seed?: number;
  log?: (line: string) => void;
}

/** Writes the shards and a manifest into `outDir` (emptied first); returns the manifest. */
export function generateSynthetic(outDir: string, options: GenerateOptions): Manifest {
  const { scale } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const random = prng(seed);
  const n = (perScale1: number, min = 1) => Math.max(min, Math.round(perScale1 * scale));

  const curated = validateSeed([DEFAULT_SEED_DIR]).dataset;
  if (!curated) throw new Error("The curated seeds are invalid; the generator refers to their sectors.");
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  const files: Manifest["files"] = [];
  const counts: Record<string, number> = {};
  let shardNo = 0;
  const writeShard = (kind: string, records: object[]) => {
    if (records.length === 0) return;
    const name = `${pad(++shardNo, 4)}-${kind}.yaml`;
    const header = `# Synthetic benchmark data (bench/generate.ts, scale ${scale}, seed ${seed}); not facts.\n`;
    fs.writeFileSync(
      path.join(outDir, name),
      header + jsyaml.dump({ [kind]: records }, { lineWidth: -1, noRefs: true }),
    );
    files.push({ name, kind, records: records.length });
    counts[kind] = (counts[kind] ?? 0) + records.length;
  };
  /** Generates `total` records of one kind in shards of `perShard`, one shard in memory at a time. */
  const stream = (kind: string, total: number, perShard: number, make: (i: number) => object) => {
    for (let start = 0; start < total; start += perShard) {
      const records: object[] = [];
      for (let i = start; i < Math.min(total, start + perShard); i++) records.push(make(i));
      writeShard(kind, records);
    }
  };

  // Sources: each record cites one or two.
  const sourceCount = n(100, 5);
  const sourceId = (i: number) => `bench-source-${i}`;
  const sources = () =>
    random.chance(0.3)
      ? [sourceId(random.int(sourceCount)), sourceId(random.int(sourceCount))].filter(
          (s, i, all) => all.indexOf(s) === i,
        )
      : [sourceId(random.int(sourceCount))];
  stream("sources", sourceCount, 5000, (i) => ({
    id: sourceId(i),
    title: `Synthetic source ${i} for the benchmark`,
    publisher: random.pick(["Bench Wire", "Bench Gazette", "Bench Ministry Press Office"]),
    language: random.pick(["en", "fr"]),
    publishedOn: randomDate(random, 2000, 2025),
  }));

  // Sectors: the curated vocabulary, plus synthetic sub-sectors under it.
  const curatedSectors = curated.sectors;
  const sectorCount = n(20, 2);
  const sectorIds = [...curatedSectors.map((s) => s.id)];
  const sectorNames = new Map(curatedSectors.map((s) => [s.id, s.name]));
  stream("sectors", sectorCount, 5000, (i) => {
    const parent = random.pick(curatedSectors);
    const id = `bench-sector-${i}`;
    const name = `${parent.name}, applied field ${i}`;
    sectorIds.push(id);
    sectorNames.set(id, name);
    return { id, name, nameFr: `${parent.nameFr}, domaine appliqué ${i}`, parent: parent.id, sources: sources() };
  });

  // Parties: the ISO countries (all of them from scale 1), then synthetic organizations.
  const target = n(250, 4);
  const countries: IsoCountry[] = [...ISO_COUNTRIES];
  for (let i = countries.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [countries[i], countries[j]] = [countries[j], countries[i]];
  }
  const usedCountries = countries.slice(0, Math.min(countries.length, target));
  const orgCount = Math.max(0, target - usedCountries.length) + n(10, 2);
  const regions = [...new Set(ISO_COUNTRIES.map((c) => c.region))].sort();
  const parties: Party[] = usedCountries.map((c) => ({ id: c.code, name: c.name, region: c.region }));
  const orgs: Party[] = [];
  stream("organizations", orgCount, 5000, (i) => {
    const home = random.pick(usedCountries);
    const kind = random.pick(ORG_KINDS);
    const name = `${home.name} ${random.pick(ORG_WORDS)} ${kind === "company" ? "Corporation" : "Agency"} ${i}`;
    const org = { id: `bench-org-${i}`, name, region: home.region };
    orgs.push(org);
    return {
      id: org.id,
      name,
      kind,
      ...(kind === "intergovernmental" ? {} : { country: home.code }),
      ...(i > 0 && random.chance(0.1) ? { parent: `bench-org-${random.int(i)}` } : {}),
      aliases: random.chance(0.3) ? [`BO${i}`] : [],
      sources: sources(),
    };
  });
  // Two organizations that each act on a single agreement, in different regions: a long chain.
  const frontier = [0, 1].map((k) => ({
    id: `bench-org-frontier-${k === 0 ? "a" : "b"}`,
    name: `Frontier Office ${k === 0 ? "Alpha" : "Beta"}`,
    region: "",
  }));
  writeShard(
    "organizations",
    frontier.map((f) => ({ id: f.id, name: f.name, kind: "office", sources: [sourceId(0)] })),
  );
  parties.push(...orgs);

  // Zipf-like weights within each region, so that some parties are hubs, as in the real graph.
  const order = [...parties];
  const weightOf = new Map(order.map((p, rank) => [p.id, 1 / Math.pow(rank + 1, 0.8)]));
  const byRegion = new Map(regions.map((r) => [r, parties.filter((p) => p.region === r)]));
  const regionPickers = new Map(
    [...byRegion]
      .filter(([, list]) => list.length > 0)
      .map(([r, list]) => [
        r,
        new Weighted(
          list,
          list.map((p) => weightOf.get(p.id)!),
        ),
      ]),
  );
  const regionChooser = new Weighted(
    [...regionPickers.keys()],
    [...regionPickers.values()].map((w) => w.total),
  );
  const global = new Weighted(
    parties,
    parties.map((p) => weightOf.get(p.id)!),
  );
  const pickParties = (count: number, region: string) => {
    const chosen = new Map<string, Party>();
    for (let tries = 0; chosen.size < count && tries < count * 10; tries++) {
      const p = random.chance(0.85) ? regionPickers.get(region)!.pick(random) : global.pick(random);
      chosen.set(p.id, p);
    }
    return [...chosen.values()];
  };
  // The chain's two ends hang off small parties of two different regions.
  const sortedByWeight = [...parties].sort((a, b) => weightOf.get(a.id)! - weightOf.get(b.id)!);
  const anchorA = sortedByWeight.find((p) => p.region === regionChooser.items[0])!;
  const anchorB =
    sortedByWeight.find((p) => p.region !== anchorA.region && p.region !== "Antarctic") ??
    sortedByWeight.find((p) => p !== anchorA)!;

  // People, each with one or two positions.
  const peopleCount = n(5000, 10);
  const personId = (i: number) => `bench-person-${i}`;
  stream("people", peopleCount, 2500, (i) => {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const positions = [];
    const firstTitle = random.int(TITLES.length);
    for (let k = 0; k < (random.chance(0.3) ? 2 : 1); k++) {
      // Two positions of one person never share a title (the title and start date key the fact).
      const t = (firstTitle + k) % TITLES.length;
      const from = randomDate(random, 1990, 2022);
      const where =
        random.chance(0.6) && orgs.length > 0
          ? { organization: random.pick(orgs).id }
          : { country: random.pick(usedCountries).code };
      positions.push({
        title: TITLES[t],
        titleFr: TITLES_FR[t],
        ...where,
        from,
        ...(random.chance(0.5) ? { to: laterDate(random, from) } : {}),
        sources: sources(),
      });
    }
    const name = `${first} ${last} ${i}`;
    const folded = name.normalize("NFD").replace(/\p{Diacritic}/gu, "");
    return { id: personId(i), name, aliases: folded !== name ? [folded] : [], positions, sources: sources() };
  });

  // Places where agreements were signed.
  const placeCount = n(100, 3);
  const placeId = (i: number) => `bench-place-${i}`;
  stream("places", placeCount, 5000, (i) => {
    const country = random.pick(usedCountries);
    return {
      id: placeId(i),
      name: `${country.name} Conference Centre ${i}`,
      country: country.code,
      sources: sources(),
    };
  });

  // Initiatives with their memberships.
  const initiativeCount = n(200, 2);
  const initiativeId = (i: number) => `bench-initiative-${i}`;
  stream("initiatives", initiativeCount, 2000, (i) => {
    const region = regionChooser.pick(random);
    const members = pickParties(3 + random.int(25), region);
    const sectors = [...new Set([random.pick(sectorIds), random.pick(sectorIds)])].slice(0, 1 + random.int(2));
    const launchedOn = randomDate(random, 1995, 2024);
    return {
      id: initiativeId(i),
      name: `${region} ${sectorNames.get(sectors[0])} ${random.pick(["Partnership", "Forum", "Working Group", "Dialogue"])} ${i}`,
      kind: random.pick(INITIATIVE_KINDS),
      launchedOn,
      sectors: sectors.map((sector) => ({ sector, sources: sources() })),
      memberships: members.map((p, k) => {
        const kind =
          k < 2
            ? "founding-signatory"
            : random.chance(0.1)
              ? "attended"
              : random.chance(0.1)
                ? "observer"
                : "signatory";
        return {
          party: p.id,
          kind,
          since: launchedOn,
          ...(random.chance(0.05) ? { until: laterDate(random, launchedOn) } : {}),
          sources: sources(),
        };
      }),
      ...(random.chance(0.05)
        ? { claims: [{ field: "launchedOn", value: randomDate(random, 1995, 2024), sources: sources() }] }
        : {}),
      sources: sources(),
    };
  });

  // Agreements: most between parties of one region, some across regions.
  const agreementCount = n(20000, 20);
  const agreementId = (i: number) => `bench-agreement-${i}`;
  let probeAgreement = "";
  stream("agreements", agreementCount, 2000, (i) => {
    const region = regionChooser.pick(random);
    const kind = random.pick(AGREEMENT_KINDS);
    let partyList = pickParties(2 + random.int(3) + (random.chance(0.3) ? random.int(6) : 0), region);
    // The chain: agreements 0 and 1 are the frontier organizations' only ones.
    if (i < 2) partyList = i === 0 ? [frontier[0], anchorA] : [frontier[1], anchorB];
    const signedOn = randomDate(random);
    const acts: object[] = [];
    for (const p of partyList) {
      acts.push({ party: p.id, act: "signed", date: signedOn, sources: sources() });
      if (random.chance(0.08))
        acts.push({ party: p.id, act: random.pick(ACT_LATER), date: laterDate(random, signedOn), sources: sources() });
      else if (random.chance(0.01))
        acts.push({ party: p.id, act: "withdrew", date: laterDate(random, signedOn), sources: sources() });
    }
    const signers = partyList.slice(0, 1 + random.int(Math.min(3, partyList.length)));
    const signatures = signers.map((p) => ({
      person: personId(random.int(peopleCount)),
      capacity: random.pick(TITLES),
      onBehalfOf: p.id,
      date: signedOn,
      sources: sources(),
    }));
    if (!probeAgreement && i >= 2 && signatures.length >= 2) probeAgreement = agreementId(i);
    const sectors = [
      ...new Set(
        Array.from({ length: 1 + random.int(3) + (random.chance(0.2) ? 1 : 0) }, () => random.pick(sectorIds)),
      ),
    ];
    const topic = sectorNames.get(sectors[0])!;
    const names = partyList.slice(0, 2).map((p) => p.name);
    return {
      id: agreementId(i),
      title: `${KIND_TITLE[kind]} between ${names.join(" and ")} on ${topic} (${signedOn.slice(0, 4)}, no. ${i})`,
      titleFr: `${KIND_TITLE_FR[kind]} sur ${topic} (${signedOn.slice(0, 4)}, n° ${i})`,
      kind,
      signedOn,
      ...(random.chance(0.4) ? { place: placeId(random.int(placeCount)) } : {}),
      ...(random.chance(0.3) ? { binding: kind === "treaty" || kind === "convention" } : {}),
      ...(random.chance(0.3) ? { summary: `Synthetic agreement ${i}: cooperation on ${topic.toLowerCase()}.` } : {}),
      ...(random.chance(0.2)
        ? { commitments: [{ text: `Joint research on ${topic.toLowerCase()}.`, sources: sources() }] }
        : {}),
      acts,
      signatures,
      ...(random.chance(0.2)
        ? { attendances: [{ person: personId(random.int(peopleCount)), capacity: "Observer", sources: sources() }] }
        : {}),
      sectors: sectors.map((sector) => ({ sector, sources: sources() })),
      ...(random.chance(0.1)
        ? {
            initiatives: [
              {
                initiative: initiativeId(random.int(initiativeCount)),
                relation: random.chance(0.2) ? "establishes" : "implements",
                sources: sources(),
              },
            ],
          }
        : {}),
      ...(i > 2 && random.chance(0.1)
        ? { follows: [{ agreement: agreementId(2 + random.int(i - 2)), sources: sources() }] }
        : {}),
      ...(random.chance(0.02)
        ? { claims: [{ field: "kind", value: random.pick(AGREEMENT_KINDS), sources: sources() }] }
        : {}),
      sources: sources(),
    };
  });

  // Statements about agreements.
  stream("statements", n(1000, 2), 5000, (i) => ({
    id: `bench-statement-${i}`,
    person: personId(random.int(peopleCount)),
    agreement: agreementId(random.int(agreementCount)),
    summary: `A synthetic paraphrase of remarks number ${i}.`,
    date: randomDate(random),
    sources: sources(),
  }));

  // A sector with sub-sectors that many agreements cover, and the best-connected party.
  const hub = order[0];
  const manifest: Manifest = {
    generator: GENERATOR_VERSION,
    scale,
    seed,
    files,
    counts,
    probes: {
      agreement: probeAgreement,
      partnersParty: hub.id,
      partnersSector: "clean-energy",
      pathFrom: frontier[0].id,
      pathTo: frontier[1].id,
      networkCenter: frontier[0].id,
      searchText: "joint statement",
    },
  };
  fs.writeFileSync(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  options.log?.(
    `Generated scale ${scale} (seed ${seed}) in ${outDir}: ${files.length} shards, ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}.`,
  );
  return manifest;
}

/** The manifest of an existing generation, if it matches the scale, seed and generator version. */
export function readManifest(dir: string, scale: number, seed = DEFAULT_SEED): Manifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8")) as Manifest;
    const complete = manifest.files.every((f) => fs.existsSync(path.join(dir, f.name)));
    return manifest.generator === GENERATOR_VERSION && manifest.scale === scale && manifest.seed === seed && complete
      ? manifest
      : undefined;
  } catch {
    return undefined;
  }
}
