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

const claim = z.strictObject({ field: text, value: text, sources });
const sectorClaim = z.strictObject({ sector: id, sources });

export const sourceSchema = z.strictObject({
  id,
  title: text,
  url: z.url({ error: "a full URL starting with http:// or https://" }).optional(),
  publisher: text.optional(),
  language: z.string().regex(/^[a-z]{2}$/, "an ISO 639-1 language code such as en or fr").optional(),
  publishedOn: partialDate.optional(),
  note: text.optional(),
});

export const countryAliasesSchema = z.strictObject({ id: countryCode, aliases: z.array(text).min(1), sources });

export const ORGANIZATION_KINDS = ["ministry", "agency", "directorate", "office", "embassy", "intergovernmental", "legislature", "company", "other"] as const;
export const organizationSchema = z.strictObject({
  id,
  name: text,
  nameFr: text.optional(),
  aliases,
  kind: z.enum(ORGANIZATION_KINDS),
  country: countryCode.optional(),
  parent: id.optional(),
  sources,
});

export const positionSchema = z.strictObject({
  title: text,
  titleFr: text.optional(),
  organization: id.optional(),
  country: countryCode.optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  sources,
});
export const personSchema = z.strictObject({ id, name: text, nameFr: text.optional(), aliases, positions: z.array(positionSchema).default([]), sources });

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

export const MEMBERSHIP_KINDS = ["founding-signatory", "signatory", "endorsed", "observer", "attended"] as const;
export const membershipSchema = z.strictObject({
  party: partyRef,
  kind: z.enum(MEMBERSHIP_KINDS),
  since: partialDate.optional(),
  until: partialDate.optional(),
  note: text.optional(),
  sources,
});
export const INITIATIVE_KINDS = ["partnership", "forum", "working-group", "programme", "dialogue", "security-partnership"] as const;
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
  claims: z.array(claim).default([]),
  sources,
});

export const ACT_KINDS = ["signed", "ratified", "acceded", "endorsed", "withdrew"] as const;
export const actSchema = z.strictObject({ party: partyRef, act: z.enum(ACT_KINDS), date: partialDate.optional(), sources });
export const signatureSchema = z.strictObject({
  person: id,
  capacity: text.optional(),
  onBehalfOf: partyRef,
  date: partialDate.optional(),
  place: id.optional(),
  sources,
});
export const attendanceSchema = z.strictObject({ person: id, capacity: text.optional(), sources });
export const AGREEMENT_KINDS = ["declaration", "joint-statement", "memorandum", "treaty", "convention", "framework", "code-of-conduct"] as const;
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
  initiatives: z.array(z.strictObject({ initiative: id, relation: z.enum(["establishes", "implements"]), sources })).default([]),
  follows: z.array(z.strictObject({ agreement: id, sources })).default([]),
  claims: z.array(claim).default([]),
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
