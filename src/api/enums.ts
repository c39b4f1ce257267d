import { registerEnumType } from "type-graphql";

export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
export enum EntityType {
  COUNTRY = "COUNTRY",
  ORGANIZATION = "ORGANIZATION",
  PERSON = "PERSON",
  AGREEMENT = "AGREEMENT",
  INITIATIVE = "INITIATIVE",
  SECTOR = "SECTOR",
  PLACE = "PLACE",
  SOURCE = "SOURCE",
}
export enum MembershipKind {
  FOUNDING_SIGNATORY = "FOUNDING_SIGNATORY",
  SIGNATORY = "SIGNATORY",
  ENDORSED = "ENDORSED",
  MEMBER = "MEMBER",
  OBSERVER = "OBSERVER",
  ATTENDED = "ATTENDED",
}
export enum ActKind {
  SIGNED = "SIGNED",
  RATIFIED = "RATIFIED",
  ACCEDED = "ACCEDED",
  ENDORSED = "ENDORSED",
  ADHERED = "ADHERED",
  SPONSORED = "SPONSORED",
  WITHDREW = "WITHDREW",
  DECLINED = "DECLINED",
}
export enum Completeness {
  COMPLETE = "COMPLETE",
  PARTIAL = "PARTIAL",
}
export enum ParticipationStatus {
  PARTY = "PARTY",
  NOT_PARTY = "NOT_PARTY",
  UNKNOWN = "UNKNOWN",
}
export enum ClaimStatus {
  CURRENT = "CURRENT",
  ERRONEOUS = "ERRONEOUS",
}
export enum AgreementOrder {
  SIGNED_ON_ASC = "SIGNED_ON_ASC",
  SIGNED_ON_DESC = "SIGNED_ON_DESC",
  TITLE_ASC = "TITLE_ASC",
}

registerEnumType(DatePrecision, { name: "DatePrecision", description: "How much of a date is known." });
registerEnumType(EntityType, { name: "EntityType" });
registerEnumType(MembershipKind, {
  name: "MembershipKind",
  description: "ATTENDED: present without signing; it makes no partnership.",
});
registerEnumType(ActKind, {
  name: "ActKind",
  description:
    "Signature is kept apart from ratification and accession. DECLINED: a sourced refusal; it never counts as taking part.",
});
registerEnumType(Completeness, {
  name: "Completeness",
  description: "COMPLETE only when a source gives the full list and the graph holds all of it.",
});
registerEnumType(ParticipationStatus, {
  name: "ParticipationStatus",
  description: "UNKNOWN: the list is partial and the party is not on it.",
});
registerEnumType(ClaimStatus, {
  name: "ClaimStatus",
  description: "ERRONEOUS: a source's mistake, settled by other sources.",
});
registerEnumType(AgreementOrder, { name: "AgreementOrder" });

/** Seed spelling ("founding-signatory") to GraphQL enum value ("FOUNDING_SIGNATORY"), and back. */
export const toEnumValue = (seedValue: string) => seedValue.toUpperCase().replace(/-/g, "_");
export const toSeedValue = (enumValue: string) => enumValue.toLowerCase().replace(/_/g, "-");

export const entityTypeOf = (kind: string) => kind.toUpperCase() as EntityType;
export const kindOfEntityType = (type: EntityType) => type.charAt(0) + type.slice(1).toLowerCase();
