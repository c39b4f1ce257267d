import { z } from "zod";
import { parsePartialDate } from "./partial-date";

/**
 * The shape of every seed record (documented for people in seeds/README.md).
 * Objects are strict so that a misspelt field is reported instead of silently ignored.
 */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an id of lower-case words joined by '-', such as pax-silica");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code in capitals, such as US");
/** A party is a country code or an organization id. */
const partyRef = z.union([countryCode, id], { error: "a country code (US) or an organization id (european-union)" });
const text = z.string().trim().min(1, "a non-empty text");
const sources = z.array(id).min(1, "at least one source id: every fact names where it comes from");
const partialDate = z
  .string({ error: "a date written 2026-01-16, 2025-09 or 2021" })
  .refine((value) => parsePartialDate(value) !== undefined, "a real date written 2026-01-16, 2025-09 or 2021");
const aliases = z.array(text).default([]);
/** A partial date, or "unknown" where a curator looked and found no date (an office's start, say). */
const dateOrUnknown = z.union([z.literal("unknown"), partialDate], {
  error: 'a date written 2026-01-16, 2025-09 or 2021, or "unknown"',
});

/** Identifiers in other datasets: `wikidata` (a Q-number), `cets` (a Council of Europe treaty number), `un-treaty`... */
const externalId = z
  .strictObject({
    scheme: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a scheme name of lower-case words joined by '-', such as wikidata or cets"),
    value: text,
    sources,
  })
  .refine((e) => e.scheme !== "wikidata" || /^Q[1-9]\d*$/.test(e.value), {
    message: "a Wikidata id is a Q-number such as Q801",
    path: ["value"],
  });
const externalIds = z.array(externalId).default([]);

/**
 * Whether a list of parties (an agreement) or members (an initiative) is the whole list. COMPLETE
 * only when a source gives the full list and every entry is in the graph; `reported` only from a
 * source that gives the count. A record without it is PARTIAL with no reported count.
 */
export const COMPLETENESS = ["complete", "partial"] as const;
const partyList = z.strictObject({
  completeness: z.enum(COMPLETENESS),
  reported: z.number().int().positive().optional(),
  note: text.optional(),
  sources,
});

export const CLAIM_STATUSES = ["current", "erroneous"] as const;
const claim = z
  .strictObject({
    field: text,
    value: text,
    sources,
    /** `erroneous`: a source's mistake, kept so that readers who meet it can see it settled. */
    status: z.enum(CLAIM_STATUSES).default("current"),
    /** The sources that show an erroneous claim wrong. */
    settledBy: z.array(id).default([]),
    /** Facts of the graph itself that contradict the claim: an agreement or initiative id, and why. */
    contradictedBy: z.array(z.strictObject({ fact: id, note: text })).default([]),
  })
  .refine((c) => c.status !== "erroneous" || c.settledBy.length > 0, {
    message: "an erroneous claim names the sources that settle it in `settledBy`",
    path: ["settledBy"],
  });
const sectorClaim = z.strictObject({ sector: id, sources });

export const sourceSchema = z.strictObject({
  id,
  title: text,
  url: z.url({ error: "a full URL starting with http:// or https://" }).optional(),
  publisher: text.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, "an ISO 639-1 language code such as en or fr")
    .optional(),
  publishedOn: partialDate.optional(),
  note: text.optional(),
});

export const countryAliasesSchema = z.strictObject({ id: countryCode, aliases, externalIds, sources });

export const ORGANIZATION_KINDS = [
  "ministry",
  "agency",
  "directorate",
  "office",
  "embassy",
  "intergovernmental",
  "legislature",
  "company",
  "other",
] as const;
export const organizationSchema = z.strictObject({
  id,
  name: text,
  nameFr: text.optional(),
  aliases,
  kind: z.enum(ORGANIZATION_KINDS),
  country: countryCode.optional(),
  parent: id.optional(),
  externalIds,
  sources,
});

export const positionSchema = z.strictObject({
  title: text,
  titleFr: text.optional(),
  organization: id.optional(),
  country: countryCode.optional(),
  /** When the office began; "unknown" where the sources read give no date. */
  from: dateOrUnknown.optional(),
  /** When it ended; "unknown" where it has ended but the sources give no date; absent while it lasts. */
  to: dateOrUnknown.optional(),
  sources,
});
export const personSchema = z.strictObject({
  id,
  name: text,
  nameFr: text.optional(),
  aliases,
  positions: z.array(positionSchema).default([]),
  externalIds,
  sources,
});

export const placeSchema = z.strictObject({
  id,
  name: text,
  nameFr: text.optional(),
  aliases,
  country: countryCode.optional(),
  disputed: z.boolean().default(false),
  within: id.optional(),
  note: text.optional(),
  sources,
});

export const sectorSchema = z.strictObject({ id, name: text, nameFr: text, parent: id.optional(), aliases, sources });

export const MEMBERSHIP_KINDS = [
  "founding-signatory",
  "signatory",
  "endorsed",
  "member",
  "observer",
  "attended",
] as const;
export const membershipSchema = z.strictObject({
  party: partyRef,
  kind: z.enum(MEMBERSHIP_KINDS),
  since: partialDate.optional(),
  until: partialDate.optional(),
  note: text.optional(),
  sources,
});
export const INITIATIVE_KINDS = [
  "partnership",
  "forum",
  "working-group",
  "programme",
  "dialogue",
  "security-partnership",
] as const;
export const initiativeSchema = z.strictObject({
  id,
  name: text,
  nameFr: text.optional(),
  aliases,
  kind: z.enum(INITIATIVE_KINDS),
  launchedOn: partialDate.optional(),
  summary: text.optional(),
  sectors: z.array(sectorClaim).default([]),
  memberships: z.array(membershipSchema).default([]),
  memberList: partyList.optional(),
  claims: z.array(claim).default([]),
  externalIds,
  sources,
});

/** `declined`: a sourced refusal to sign; it never counts as taking part. */
export const ACT_KINDS = [
  "signed",
  "ratified",
  "acceded",
  "endorsed",
  "adhered",
  "sponsored",
  "withdrew",
  "declined",
] as const;
export const actSchema = z.strictObject({
  party: partyRef,
  act: z.enum(ACT_KINDS),
  date: partialDate.optional(),
  sources,
});
export const signatureSchema = z.strictObject({
  person: id,
  capacity: text.optional(),
  onBehalfOf: partyRef,
  date: partialDate.optional(),
  place: id.optional(),
  sources,
});
export const attendanceSchema = z.strictObject({ person: id, capacity: text.optional(), sources });
export const AGREEMENT_KINDS = [
  "declaration",
  "joint-statement",
  "memorandum",
  "treaty",
  "convention",
  "framework",
  "code-of-conduct",
] as const;
export const agreementSchema = z.strictObject({
  id,
  title: text,
  titleFr: text.optional(),
  aliases,
  kind: z.enum(AGREEMENT_KINDS),
  signedOn: partialDate.optional(),
  place: id.optional(),
  binding: z.boolean().optional(),
  summary: text.optional(),
  commitments: z.array(z.strictObject({ text, sources })).default([]),
  acts: z.array(actSchema).default([]),
  signatures: z.array(signatureSchema).default([]),
  attendances: z.array(attendanceSchema).default([]),
  sectors: z.array(sectorClaim).default([]),
  initiatives: z
    .array(z.strictObject({ initiative: id, relation: z.enum(["establishes", "implements"]), sources }))
    .default([]),
  follows: z.array(z.strictObject({ agreement: id, sources })).default([]),
  partyList: partyList.optional(),
  claims: z.array(claim).default([]),
  externalIds,
  sources,
});

export const statementSchema = z.strictObject({
  id,
  person: id,
  agreement: id.optional(),
  summary: text,
  summaryFr: text.optional(),
  date: partialDate.optional(),
  sources,
});

/** Each top-level key a seed file may hold, with the schema of its records. */
export const SEED_KINDS = {
  sources: sourceSchema,
  countries: countryAliasesSchema,
  organizations: organizationSchema,
  people: personSchema,
  places: placeSchema,
  sectors: sectorSchema,
  initiatives: initiativeSchema,
  agreements: agreementSchema,
  statements: statementSchema,
} as const;

export type SeedKind = keyof typeof SEED_KINDS;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type CountryAliasesRecord = z.infer<typeof countryAliasesSchema>;
export type OrganizationRecord = z.infer<typeof organizationSchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type PlaceRecord = z.infer<typeof placeSchema>;
export type SectorRecord = z.infer<typeof sectorSchema>;
export type InitiativeRecord = z.infer<typeof initiativeSchema>;
export type AgreementRecord = z.infer<typeof agreementSchema>;
export type StatementRecord = z.infer<typeof statementSchema>;

export interface SeedDataset {
  sources: SourceRecord[];
  countries: CountryAliasesRecord[];
  organizations: OrganizationRecord[];
  people: PersonRecord[];
  places: PlaceRecord[];
  sectors: SectorRecord[];
  initiatives: InitiativeRecord[];
  agreements: AgreementRecord[];
  statements: StatementRecord[];
}
