import { ISO_COUNTRY_CODES } from "./iso-countries";
import { parsePartialDate } from "./partial-date";
import { formatField, type PathKey, type RecordOrigin, type SeedProblem } from "./problem";
import { OVERRIDE_FORMS, type OverrideForm } from "./apply-overrides";
import { SEED_KINDS, type SeedKind } from "./schemas";

/**
 * The checks every seed record gets, whether the curated files are validated together
 * (validate-seed.ts) or a bulk load's files one by one (validate-shard.ts): shape, then references.
 */
export type RefKind = "source" | "party" | "organization" | "person" | "place" | "sector" | "initiative" | "agreement";

/** The kind a reference to a record of each list expects. */
export const REF_KIND: Partial<Record<SeedKind, RefKind>> = {
  sources: "source",
  organizations: "organization",
  people: "person",
  places: "place",
  sectors: "sector",
  initiatives: "initiative",
  agreements: "agreement",
};

export interface Located {
  kind: SeedKind;
  record: Record<string, unknown> & { id: string };
  file: RecordOrigin;
  index: number;
  /** Set when the record changes a record with the same id (src/records/apply-overrides.ts). */
  override?: OverrideForm;
}

export type ProblemAt = (item: Located, keys: PathKey[], message: string) => void;

/** Reports a problem at a field of a located record. */
export const problemReporter =
  (problems: SeedProblem[]): ProblemAt =>
  (item, keys, message) => {
    const full = [item.kind, item.index, ...keys];
    problems.push({ file: item.file.file, line: item.file.lineOf(full), field: formatField(full), message });
  };

export function checkShapes(seedFile: RecordOrigin, problems: SeedProblem[]): Located[] {
  const { data, file } = seedFile;
  const problem = (keys: PathKey[], message: string) =>
    problems.push({ file, line: seedFile.lineOf(keys), field: formatField(keys), message });
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problem([], "expected top-level lists such as `agreements:` (see seeds/README.md)");
    return [];
  }
  const located: Located[] = [];
  for (const [kind, records] of Object.entries(data)) {
    if (!(kind in SEED_KINDS)) {
      problem([kind], `unknown list "${kind}"; expected one of ${Object.keys(SEED_KINDS).join(", ")}`);
      continue;
    }
    if (!Array.isArray(records)) {
      problem([kind], `"${kind}" must be a list of records (each line starting with "- ")`);
      continue;
    }
    records.forEach((raw, index) => {
      const { override, ...record } = (raw ?? {}) as Record<string, unknown>;
      if (override !== undefined && !OVERRIDE_FORMS.includes(override as OverrideForm)) {
        problem([kind, index, "override"], `expected "replace" or "add" (see "Overrides" in seeds/README.md)`);
        return;
      }
      // An addition names only the record and the facts it adds.
      const schema = SEED_KINDS[kind as SeedKind];
      const parsed = (override === "add" ? schema.partial() : schema).safeParse(record);
      if (parsed.success && typeof parsed.data.id !== "string") {
        problem([kind, index, "id"], "an override names the id of the record it changes");
      } else if (parsed.success) {
        located.push({
          kind: kind as SeedKind,
          record: parsed.data as Located["record"],
          file: seedFile,
          index,
          ...(override !== undefined && { override: override as OverrideForm }),
        });
      } else {
        for (const issue of parsed.error.issues) {
          problem([kind, index, ...(issue.path as PathKey[])], describeIssue(issue));
        }
      }
    });
  }
  return located;
}

export function describeIssue(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === "unrecognized_keys" && issue.keys) {
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (misspelt? see seeds/README.md)`;
  }
  return issue.message.replace(/^Invalid input: /, "expected ");
}

/**
 * What the rules may know beyond the records being checked: over the files for a load, over the
 * graph for an edit.
 */
export interface RecordLookup {
  /** The kind of a known id, or undefined. */
  kindOf: (id: string) => RefKind | undefined;
  /** Parties an agreement already has outside these records (the graph's, for an edit). */
  partiesOf?: (agreementId: string) => string[];
  problemAt: ProblemAt;
  /** Country codes that already have an aliases record. */
  countryAliases: Set<string>;
  /** Added to "unknown ... id" messages: where the id was looked for. */
  unknownHint?: string;
}

/**
 * The rulebook every write passes, whether it comes from a seed file, a bulk shard or an API edit:
 * every reference names a known id of the right kind, dates run forwards, signers act for parties,
 * positions name where they were held, lists are no longer than their sources report.
 */
export function checkRecords(located: Located[], context: RecordLookup): void {
  const { kindOf, problemAt, countryAliases: seenCountryAliases } = context;
  const isA = (id: string, kind: RefKind) => {
    const actual = kindOf(id);
    return actual === kind || (kind === "party" && actual === "organization");
  };
  const expectRef = (item: Located, keys: PathKey[], id: unknown, kind: RefKind) => {
    if (typeof id !== "string" || isA(id, kind)) return;
    const actual = kindOf(id);
    const what = kind === "party" ? "country code or organization id" : `${kind} id`;
    problemAt(
      item,
      keys,
      actual
        ? `"${id}" is a ${actual}, but a ${what} is expected here`
        : `unknown ${what} "${id}"${context.unknownHint ?? ""}`,
    );
  };
  const expectOrder = (item: Located, keys: PathKey[], endField: string, from?: string, to?: string) => {
    const start = from ? parsePartialDate(from) : undefined;
    const end = to ? parsePartialDate(to) : undefined;
    if (start && end && start.date > end.date) {
      problemAt(item, [...keys, endField], `ends (${to}) before it begins (${from})`);
    }
  };

  for (const item of located) {
    const r = item.record as Record<string, any>;
    const refs = (keys: PathKey[], id: unknown, kind: RefKind) => expectRef(item, keys, id, kind);
    const eachSources = (keys: PathKey[], list: string[]) =>
      list.forEach((s, i) => refs([...keys, "sources", i], s, "source"));
    const eachList = (field: string, check: (entry: any, keys: PathKey[]) => void) =>
      (r[field] ?? []).forEach((entry: any, i: number) => {
        check(entry, [field, i]);
        if (entry.sources) eachSources([field, i], entry.sources);
      });
    if (r.sources) eachSources([], r.sources);
    eachList("externalIds", () => undefined);
    eachList("claims", (c, keys) => {
      c.settledBy?.forEach((s: string, i: number) => refs([...keys, "settledBy", i], s, "source"));
      c.contradictedBy?.forEach((f: { fact: string }, i: number) => {
        const kind = kindOf(f.fact);
        if (kind !== "agreement" && kind !== "initiative") {
          problemAt(
            item,
            [...keys, "contradictedBy", i, "fact"],
            kind
              ? `"${f.fact}" is a ${kind}, but an agreement or initiative id is expected here`
              : `unknown agreement or initiative id "${f.fact}"${context.unknownHint ?? ""}`,
          );
        }
      });
    });

    switch (item.kind) {
      case "countries":
        if (!ISO_COUNTRY_CODES.has(r.id))
          problemAt(item, ["id"], `"${r.id}" is not an ISO 3166-1 alpha-2 country code`);
        if (seenCountryAliases.has(r.id))
          problemAt(item, ["id"], `aliases for "${r.id}" are given twice; merge them into one record`);
        seenCountryAliases.add(r.id);
        break;
      case "organizations":
        if (r.country && !ISO_COUNTRY_CODES.has(r.country))
          problemAt(item, ["country"], `unknown country code "${r.country}"`);
        refs(["parent"], r.parent, "organization");
        break;
      case "people":
        eachList("positions", (p, keys) => {
          refs([...keys, "organization"], p.organization, "organization");
          if (p.country && !ISO_COUNTRY_CODES.has(p.country))
            problemAt(item, [...keys, "country"], `unknown country code "${p.country}"`);
          if (!p.organization && !p.country)
            problemAt(
              item,
              keys,
              "a position names the organization or the country where it was held (`organization:` or `country:`)",
            );
          expectOrder(item, keys, "to", p.from, p.to);
        });
        break;
      case "places":
        if (r.country && !ISO_COUNTRY_CODES.has(r.country))
          problemAt(item, ["country"], `unknown country code "${r.country}"`);
        if (r.disputed && r.country)
          problemAt(
            item,
            ["country"],
            "a disputed place asserts no country: leave `country` out and describe what the sources say in `note`",
          );
        refs(["within"], r.within, "place");
        break;
      case "sectors":
        refs(["parent"], r.parent, "sector");
        break;
      case "initiatives":
        eachList("sectors", (s, keys) => refs([...keys, "sector"], s.sector, "sector"));
        eachList("memberships", (m, keys) => {
          refs([...keys, "party"], m.party, "party");
          expectOrder(item, keys, "until", m.since, m.until);
        });
        checkPartyList(item, "memberList", listedMembers(r.memberships), problemAt, eachSources);
        break;
      case "agreements": {
        refs(["place"], r.place, "place");
        const parties = new Set<string>([
          ...(r.acts ?? []).filter((a: { act: string }) => a.act !== "declined").map((a: { party: string }) => a.party),
          ...(context.partiesOf?.(r.id) ?? []),
        ]);
        eachList("commitments", () => undefined);
        eachList("acts", (a, keys) => refs([...keys, "party"], a.party, "party"));
        eachList("signatures", (s, keys) => {
          refs([...keys, "person"], s.person, "person");
          refs([...keys, "place"], s.place, "place");
          if (!parties.has(s.onBehalfOf)) {
            problemAt(
              item,
              [...keys, "onBehalfOf"],
              `"${s.onBehalfOf}" is not a party of this agreement; expected one of the parties in acts: ${[...parties].join(", ") || "(no acts yet)"}`,
            );
          }
        });
        eachList("attendances", (a, keys) => refs([...keys, "person"], a.person, "person"));
        eachList("sectors", (s, keys) => refs([...keys, "sector"], s.sector, "sector"));
        eachList("initiatives", (i, keys) => refs([...keys, "initiative"], i.initiative, "initiative"));
        eachList("follows", (f, keys) => {
          refs([...keys, "agreement"], f.agreement, "agreement");
          if (f.agreement === r.id) problemAt(item, [...keys, "agreement"], "an agreement cannot follow itself");
        });
        checkPartyList(item, "partyList", listedParties(r.acts), problemAt, eachSources);
        break;
      }
      case "statements":
        refs(["person"], r.person, "person");
        refs(["agreement"], r.agreement, "agreement");
        break;
      default:
        break;
    }
  }
}

/** The parties an agreement's acts name, leaving out sourced refusals. */
export const listedParties = (acts: Array<{ party: string; act: string }> = []) =>
  new Set(acts.filter((a) => a.act !== "declined").map((a) => a.party)).size;

/** The parties an initiative's memberships name, leaving out those that only attended. */
export const listedMembers = (memberships: Array<{ party: string; kind: string }> = []) =>
  new Set(memberships.filter((m) => m.kind !== "attended").map((m) => m.party)).size;

/** A list said COMPLETE holds as many entries as its sources report; no list holds more than reported. */
function checkPartyList(
  item: Located,
  field: "partyList" | "memberList",
  listed: number,
  problemAt: ProblemAt,
  eachSources: (keys: PathKey[], list: string[]) => void,
): void {
  const list = (item.record as Record<string, any>)[field] as
    { completeness: string; reported?: number; sources: string[] } | undefined;
  if (!list) return;
  eachSources([field], list.sources);
  if (list.completeness === "complete" && list.reported === undefined) {
    problemAt(
      item,
      [field, "reported"],
      `a complete list gives the count its source reports (${listed} entries are listed here)`,
    );
  } else if (list.completeness === "complete" && list.reported !== listed) {
    problemAt(
      item,
      [field, "reported"],
      `the list is marked complete with ${list.reported} reported, but the record lists ${listed}: add the missing entries or mark it partial`,
    );
  } else if (list.reported !== undefined && listed > list.reported) {
    problemAt(
      item,
      [field, "reported"],
      `the record lists ${listed}, more than the ${list.reported} its sources report: check the entries or the count`,
    );
  }
}
