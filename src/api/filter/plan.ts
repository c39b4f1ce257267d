import { ActKind, MembershipKind } from "../enums";

/**
 * What a `where` may name, per GraphQL type: the schema's field plan for filters. Every property,
 * label and relationship type a filter's Cypher names comes from here, never from a request.
 */
export type ScalarKind = "id" | "string" | "date" | "datetime" | "boolean" | { enum: object; name: string };

export interface ScalarField {
  kind: ScalarKind;
  /** The stored property, when it is not spelled as the field. */
  property?: string;
  /** A range index holds it (cypher/schema/): a list sorted on it first reads the index in order. */
  indexed?: boolean;
}

export type Direction = "out" | "in";

/** A relationship object (a Membership): its own properties, and its two ends by field name. */
export interface RelObjectPlan {
  name: string;
  fields: Record<string, ScalarField>;
  /** Fields naming the node at either end, with that node's type. */
  ends: Record<string, string>;
}

export interface RelationField {
  types: string[];
  direction: Direction;
  /** The type of the far node (a key of FILTER_PLAN). */
  target: string;
  /** The relationship object the field lists, and which of its ends is the far node. */
  via?: { object: string; far: string; near: string };
  /** A condition every counted relationship meets, as a fragment of cypher/filter/ ({{rel}}). */
  holds?: string;
}

export interface TypePlan {
  /** The label of the list's nodes, for the top-level lists. */
  label: string;
  scalars: Record<string, ScalarField>;
  relations: Record<string, RelationField>;
}

const id: ScalarField = { kind: "id" };
const text: ScalarField = { kind: "string" };
const date: ScalarField = { kind: "date" };
/** When a load or an edit created the record, and last changed it (where only, not sortable). */
const stamps = { firstSeen: { kind: "datetime" }, updatedAt: { kind: "datetime" } } satisfies Record<
  string,
  ScalarField
>;
const names = { id, name: text, nameFr: text, ...stamps };

const actsOn = (target: string): RelationField => ({
  types: ["ACTED_ON"],
  direction: "out",
  target,
  holds: "took-part",
});
const memberships: RelationField = {
  types: ["MEMBER_OF"],
  direction: "out",
  target: "Initiative",
  via: { object: "Membership", far: "initiative", near: "party" },
};
const partyRelations = { agreements: actsOn("Agreement"), memberships };
const countryScalars = { code: text, iso3: text, region: text, subregion: text };

export const REL_OBJECTS: Record<string, RelObjectPlan> = {
  Membership: {
    name: "Membership",
    fields: { kind: { kind: { enum: MembershipKind, name: "MembershipKind" } }, since: date, until: date, note: text },
    ends: { party: "Party", initiative: "Initiative" },
  },
  PartyAct: {
    name: "PartyAct",
    fields: { act: { kind: { enum: ActKind, name: "ActKind" } }, date },
    ends: { party: "Party", agreement: "Agreement" },
  },
  Signature: {
    name: "Signature",
    fields: { capacity: text, date },
    ends: { person: "Person", agreement: "Agreement" },
  },
};

export const FILTER_PLAN: Record<string, TypePlan> = {
  Agreement: {
    label: "Agreement",
    scalars: {
      id,
      ...stamps,
      title: text,
      titleFr: text,
      kind: text,
      signedOn: { ...date, indexed: true },
      binding: { kind: "boolean" },
      summary: text,
    },
    relations: {
      parties: { types: ["ACTED_ON"], direction: "in", target: "Party", holds: "took-part" },
      acts: {
        types: ["ACTED_ON"],
        direction: "in",
        target: "Party",
        via: { object: "PartyAct", far: "party", near: "agreement" },
      },
      signatures: {
        types: ["SIGNED"],
        direction: "in",
        target: "Person",
        via: { object: "Signature", far: "person", near: "agreement" },
      },
      initiatives: { types: ["ESTABLISHES", "IMPLEMENTS"], direction: "out", target: "Initiative" },
      predecessors: { types: ["FOLLOWS"], direction: "out", target: "Agreement" },
    },
  },
  Party: {
    label: "Entity",
    scalars: { ...names, ...countryScalars, kind: text },
    relations: {
      ...partyRelations,
      acts: { ...actsOn("Agreement"), holds: undefined, via: { object: "PartyAct", far: "agreement", near: "party" } },
    },
  },
  Country: {
    label: "Country",
    scalars: { ...names, ...countryScalars },
    relations: { ...partyRelations },
  },
  Organization: {
    label: "Organization",
    scalars: { ...names, kind: text },
    relations: {
      ...partyRelations,
      country: { types: ["BELONGS_TO"], direction: "out", target: "Country" },
      parent: { types: ["PART_OF"], direction: "out", target: "Organization" },
    },
  },
  Initiative: {
    label: "Initiative",
    scalars: { ...names, kind: text, launchedOn: date, summary: text },
    relations: {
      members: {
        types: ["MEMBER_OF"],
        direction: "in",
        target: "Party",
        via: { object: "Membership", far: "party", near: "initiative" },
      },
      agreements: { types: ["ESTABLISHES", "IMPLEMENTS"], direction: "in", target: "Agreement" },
    },
  },
  Person: {
    label: "Person",
    scalars: { ...names },
    relations: {
      signatures: {
        types: ["SIGNED"],
        direction: "out",
        target: "Agreement",
        via: { object: "Signature", far: "agreement", near: "person" },
      },
      statements: { types: ["MADE"], direction: "out", target: "Statement" },
    },
  },
  Statement: {
    label: "Statement",
    scalars: { id, summary: text, date },
    relations: { agreement: { types: ["ABOUT"], direction: "out", target: "Agreement" } },
  },
  Source: {
    label: "Source",
    scalars: { id, ...stamps, title: text, url: text, publisher: text, language: text, publishedOn: date, note: text },
    relations: {},
  },
};

export const propertyOf = (name: string, field: ScalarField) => field.property ?? name;
