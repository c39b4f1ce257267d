import { ISO_COUNTRIES, WORLD_COUNTRIES_SOURCE } from "./iso-countries";
import { parsePartialDate } from "./partial-date";
import type { AgreementRecord, SeedDataset } from "./schemas";

type ExternalIdRecord = AgreementRecord["externalIds"][number];
import { searchProperties } from "./search-keys";

/**
 * Turns validated seed records into the nodes and relationships written to Neo4j.
 * Every node is a `Record` (stable id); what analysts search and link is also an `Entity`.
 * Every row carries `sources` and its `origin` ("seed" or "edit"), so a load can tell its own
 * facts from edits made through the API.
 */
export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  /** Tells apart several relationships of one type between the same two nodes. */
  key: string;
  props: Record<string, unknown>;
}

export interface GraphRows {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

/** Property names that hold a calendar date; they are sent to Neo4j as `Date` values. */
export const DATE_PROPERTIES = new Set([
  "signedOn",
  "launchedOn",
  "publishedOn",
  "since",
  "until",
  "date",
  "from",
  "to",
]);

/** Who wrote a fact: a seed load owns "seed" facts and never overwrites "edit" ones. */
export type Origin = "seed" | "edit";

export interface RowOptions {
  origin?: Origin;
  /** Generate every ISO country (a whole seed load) or none (an edit). */
  countries?: boolean;
}

/** Drops empty values, and writes each partial date as its first day plus `<name>Precision`. */
function clean(props: Record<string, unknown>, origin: Origin): Record<string, unknown> {
  const out: Record<string, unknown> = { origin };
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0 && key !== "aliases") continue;
    if (DATE_PROPERTIES.has(key) && value === "unknown") {
      out[`${key}Unknown`] = true;
    } else if (DATE_PROPERTIES.has(key) && typeof value === "string") {
      const parsed = parsePartialDate(value)!;
      out[key] = parsed.date;
      out[`${key}Precision`] = parsed.precision;
    } else {
      out[key] = value;
    }
  }
  return out;
}

const EMPTY: SeedDataset = {
  sources: [],
  countries: [],
  organizations: [],
  people: [],
  places: [],
  sectors: [],
  initiatives: [],
  agreements: [],
  statements: [],
};

export function buildGraphRows(partial: Partial<SeedDataset>, options: RowOptions = {}): GraphRows {
  const data: SeedDataset = { ...EMPTY, ...partial };
  const origin = options.origin ?? "seed";
  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  const node = (id: string, labels: string[], props: Record<string, unknown>) =>
    nodes.push({ id, labels: ["Record", ...labels], props: clean({ id, ...props }, origin) });
  const link = (
    type: string,
    from: string,
    to: string,
    props: Record<string, unknown> & { sources: string[] },
    key = "",
  ) => relationships.push({ type, from, to, key, props: clean({ key, ...props }, origin) });
  /** An entity, searchable by its names and its Wikidata id, with its identifiers in other datasets. */
  const entity = (
    id: string,
    labels: string[],
    names: Array<string | undefined>,
    props: Record<string, unknown>,
    externalIds: ExternalIdRecord[] = [],
  ) => {
    const wikidataId = externalIds.find((x) => x.scheme === "wikidata")?.value;
    node(id, ["Entity", ...labels], { ...props, wikidataId, ...searchProperties([...names, wikidataId]) });
    for (const x of externalIds) {
      const xid = `${id}/xid/${x.scheme}/${x.value}`;
      node(xid, ["ExternalId"], { scheme: x.scheme, value: x.value, sources: x.sources });
      link("HAS_EXTERNAL_ID", id, xid, { sources: x.sources });
    }
  };
  const facts = (ownerId: string, claims: AgreementRecord["claims"]) =>
    claims.forEach((claim, i) => {
      const id = `${ownerId}/claim/${i}`;
      const { contradictedBy, ...props } = claim;
      node(id, ["Claim"], { ...props, position: i });
      link("HAS_CLAIM", ownerId, id, { sources: claim.sources });
      contradictedBy.forEach((c) => link("CONTRADICTED_BY", id, c.fact, { note: c.note, sources: claim.sources }));
    });
  /** Completeness of a party or member list, stored on the hub itself (absent: partial, count unknown). */
  const listProps = (list: AgreementRecord["partyList"]) =>
    list
      ? {
          listCompleteness: list.completeness,
          listReported: list.reported,
          listNote: list.note,
          listSources: list.sources,
        }
      : {};

  for (const s of data.sources) {
    entity(s.id, ["Source"], [s.title, s.publisher], { name: s.title, ...s, sources: [s.id] });
  }

  const extraAliases = new Map(data.countries.map((c) => [c.id, c]));
  for (const c of options.countries === false ? [] : ISO_COUNTRIES) {
    const extra = extraAliases.get(c.code);
    const aliases = [
      ...new Set([
        ...c.altSpellings.filter((a) => a !== c.code),
        c.officialName,
        c.officialNameFr,
        ...(extra?.aliases ?? []),
      ]),
    ];
    entity(
      c.code,
      ["Party", "Country"],
      [c.name, c.nameFr, c.code, c.iso3, ...aliases],
      {
        code: c.code,
        iso3: c.iso3,
        name: c.name,
        nameFr: c.nameFr,
        region: c.region,
        subregion: c.subregion,
        aliases,
        sources: [...new Set([WORLD_COUNTRIES_SOURCE, ...(extra?.sources ?? [])])],
      },
      extra?.externalIds,
    );
  }

  for (const o of data.organizations) {
    entity(
      o.id,
      ["Party", "Organization"],
      [o.name, o.nameFr, ...o.aliases],
      {
        name: o.name,
        nameFr: o.nameFr,
        aliases: o.aliases,
        kind: o.kind,
        sources: o.sources,
      },
      o.externalIds,
    );
    if (o.country) link("BELONGS_TO", o.id, o.country, { sources: o.sources });
    if (o.parent) link("PART_OF", o.id, o.parent, { sources: o.sources });
  }

  for (const p of data.people) {
    entity(
      p.id,
      ["Person"],
      [p.name, p.nameFr, ...p.aliases],
      {
        name: p.name,
        nameFr: p.nameFr,
        aliases: p.aliases,
        sources: p.sources,
      },
      p.externalIds,
    );
    p.positions.forEach((position, i) => {
      // The rulebook (check-records.ts) refuses a position without either.
      const target = (position.organization ?? position.country)!;
      const { organization: _organization, ...props } = position;
      link("HELD_POSITION", p.id, target, { ...props, position: i }, `${position.title}@${position.from ?? ""}`);
    });
  }

  for (const place of data.places) {
    entity(place.id, ["Place"], [place.name, place.nameFr, ...place.aliases], {
      name: place.name,
      nameFr: place.nameFr,
      aliases: place.aliases,
      disputed: place.disputed,
      note: place.note,
      sources: place.sources,
    });
    if (place.country) link("LOCATED_IN", place.id, place.country, { sources: place.sources });
    if (place.within) link("WITHIN", place.id, place.within, { sources: place.sources });
  }

  for (const s of data.sectors) {
    entity(s.id, ["Sector"], [s.name, s.nameFr, ...s.aliases], {
      name: s.name,
      nameFr: s.nameFr,
      aliases: s.aliases,
      sources: s.sources,
    });
    if (s.parent) link("SUBSECTOR_OF", s.id, s.parent, { sources: s.sources });
  }

  for (const i of data.initiatives) {
    entity(
      i.id,
      ["Initiative"],
      [i.name, i.nameFr, ...i.aliases],
      {
        name: i.name,
        nameFr: i.nameFr,
        aliases: i.aliases,
        kind: i.kind,
        launchedOn: i.launchedOn,
        summary: i.summary,
        sources: i.sources,
        ...listProps(i.memberList),
      },
      i.externalIds,
    );
    i.sectors.forEach((s) => link("COVERS", i.id, s.sector, { sources: s.sources }));
    i.memberships.forEach((m) => {
      const { party, ...props } = m;
      link("MEMBER_OF", party, i.id, props, `${m.kind}@${m.since ?? ""}`);
    });
    facts(i.id, i.claims);
  }

  for (const a of data.agreements) {
    entity(
      a.id,
      ["Agreement"],
      [a.title, a.titleFr, ...a.aliases],
      {
        name: a.title,
        title: a.title,
        titleFr: a.titleFr,
        aliases: a.aliases,
        kind: a.kind,
        signedOn: a.signedOn,
        binding: a.binding,
        summary: a.summary,
        sources: a.sources,
        ...listProps(a.partyList),
      },
      a.externalIds,
    );
    if (a.place) link("SIGNED_AT", a.id, a.place, { sources: a.sources });
    a.acts.forEach((act) =>
      link(
        "ACTED_ON",
        act.party,
        a.id,
        { act: act.act, date: act.date, sources: act.sources },
        `${act.act}@${act.date ?? ""}`,
      ),
    );
    a.signatures.forEach((s) => {
      const { person, ...props } = s;
      link("SIGNED", person, a.id, props, `${s.onBehalfOf}@${s.date ?? ""}`);
    });
    a.attendances.forEach((at) => link("ATTENDED", at.person, a.id, { capacity: at.capacity, sources: at.sources }));
    a.sectors.forEach((s) => link("COVERS", a.id, s.sector, { sources: s.sources }));
    a.initiatives.forEach((i) =>
      link(i.relation === "establishes" ? "ESTABLISHES" : "IMPLEMENTS", a.id, i.initiative, { sources: i.sources }),
    );
    a.follows.forEach((f) => link("FOLLOWS", a.id, f.agreement, { sources: f.sources }));
    a.commitments.forEach((c, i) => {
      const id = `${a.id}/commitment/${i}`;
      node(id, ["Commitment"], { text: c.text, position: i, sources: c.sources });
      link("HAS_COMMITMENT", a.id, id, { sources: c.sources });
    });
    facts(a.id, a.claims);
  }

  for (const s of data.statements) {
    node(s.id, ["Statement"], { summary: s.summary, summaryFr: s.summaryFr, date: s.date, sources: s.sources });
    link("MADE", s.person, s.id, { sources: s.sources });
    if (s.agreement) link("ABOUT", s.id, s.agreement, { sources: s.sources });
  }

  assertUniqueKeys(relationships);
  return { nodes, relationships };
}

/** Two facts with one key would be merged into one by the load: say which, instead of losing one. */
function assertUniqueKeys(relationships: RelationshipRow[]): void {
  const seen = new Set<string>();
  for (const r of relationships) {
    const key = `${r.from} -[${r.type} ${r.key}]-> ${r.to}`;
    if (seen.has(key))
      throw new Error(
        `The seed files state the same fact twice: ${key}. Merge the two entries (and their sources) into one.`,
      );
    seen.add(key);
  }
}
