/**
 * What each GraphQL field reads through the loaders, so that a request's selection can be
 * fetched in one statement beforehand (see compile-selection.ts). A field missing here is not
 * compiled: its resolver runs its own statement, as before.
 *
 * - `links`: the field follows relationships (type, direction) to the node at the far end.
 *   `as: "node"`: the child object is that node; `as: "rel"`: the child object is the relationship
 *   (a Signature, a Membership...), whose `node` fields name the far node.
 * - `refs`: the field loads entities by the ids a property holds (`sources`, `onBehalfOf`...).
 * - `scalar`: the field reads the object's own properties only.
 * - `aggregate`: a field with arguments computed by a fragment of its own (see aggregates.ts),
 *   compiled on the root node only.
 * - `own`: properties of the object's own node the field's resolver reads besides its links.
 * - `handsOn`: the child field that is the object's own node, handed on (a signature's `agreement`
 *   is the agreement it hangs from): when the child selection reads it, the node is fetched whole.
 * - `far`: properties the far nodes need whatever their selection (a commitment's `text`).
 * - `rel`: the properties of the relationships the resolver itself reads (a party list reads each
 *   act's kind; memberships their dates, to hold those of a day); absent: the relationships come
 *   whole. For a relationship object, its selected fields add the properties they read.
 *
 * Fields absent from a type here read one property of the same name, unless they have a field
 * resolver: then the node is fetched whole, unless OWN_PROPERTIES names what it reads.
 */
export type Direction = "out" | "in";

export type Properties = string[] | "all";

export type Step = { own?: Properties; far?: string[]; handsOn?: string } & (
  | { links: Array<[type: string, direction: Direction]>; as: "node"; rel?: string[] }
  | { links: Array<[type: string, direction: Direction]>; as: "rel"; relType: string; node: string[]; rel?: string[] }
  | { refs: string[] }
  | { scalar: true }
  | { aggregate: string }
);

const node = (...links: Array<[string, Direction]>): Step => ({ links, as: "node" });
/** A node step whose resolver reads only these properties of each relationship. */
const nodeVia = (rel: string[], ...links: Array<[string, Direction]>): Step => ({ links, as: "node", rel });
const rel = (relType: string, nodeFields: string[], ...links: Array<[string, Direction]>): Step => ({
  links,
  as: "rel",
  relType,
  node: nodeFields,
});
/** A relationship-object step whose resolver reads only these properties of each relationship itself. */
const relReading = (reads: string[], step: Step): Step => ({ ...step, rel: reads });
const refs = (...props: string[]): Step => ({ refs: props });
/** A step whose resolver also hands its own node on to the child objects, as their `field`. */
const handsOn = (field: string, step: Step): Step => ({ ...step, handsOn: field });
const LIST_PROPERTIES = ["listCompleteness", "listReported", "listNote", "listSources"];
/** What memberships(asOf:) reads of each membership to keep those holding on the day. */
const MEMBERSHIP_DATES = ["kind", "since", "until"];

const SOURCES = { sources: refs("sources"), externalIds: node(["HAS_EXTERNAL_ID", "out"]) };
const PARTY_FIELDS: Record<string, Step> = {
  ...SOURCES,
  memberships: handsOn("party", relReading(MEMBERSHIP_DATES, rel("Membership", ["initiative"], ["MEMBER_OF", "out"]))),
  country: node(["BELONGS_TO", "out"]),
  parent: node(["PART_OF", "out"]),
  partners: { aggregate: "partners" },
};

export const FIELD_STEPS: Record<string, Record<string, Step>> = {
  Agreement: {
    ...SOURCES,
    place: node(["SIGNED_AT", "out"]),
    parties: nodeVia(["act"], ["ACTED_ON", "in"]),
    partyList: { ...nodeVia(["act"], ["ACTED_ON", "in"]), own: LIST_PROPERTIES },
    acts: rel("PartyAct", ["party"], ["ACTED_ON", "in"]),
    signatures: handsOn("agreement", relReading([], rel("Signature", ["person"], ["SIGNED", "in"]))),
    attendances: handsOn("agreement", relReading([], rel("Attendance", ["person"], ["ATTENDED", "in"]))),
    sectors: relReading([], rel("SectorClaim", ["sector"], ["COVERS", "out"])),
    initiatives: node(["ESTABLISHES", "out"], ["IMPLEMENTS", "out"]),
    commitments: { ...node(["HAS_COMMITMENT", "out"]), far: ["text"] },
    predecessors: node(["FOLLOWS", "out"]),
    statements: handsOn("agreement", node(["ABOUT", "in"])),
    claims: node(["HAS_CLAIM", "out"]),
  },
  Initiative: {
    ...SOURCES,
    members: handsOn("initiative", relReading(MEMBERSHIP_DATES, rel("Membership", ["party"], ["MEMBER_OF", "in"]))),
    memberList: { ...nodeVia(["kind", "since", "until"], ["MEMBER_OF", "in"]), own: LIST_PROPERTIES },
    agreements: node(["ESTABLISHES", "in"], ["IMPLEMENTS", "in"]),
    sectors: relReading([], rel("SectorClaim", ["sector"], ["COVERS", "out"])),
    claims: node(["HAS_CLAIM", "out"]),
  },
  Country: PARTY_FIELDS,
  Organization: PARTY_FIELDS,
  Person: {
    ...SOURCES,
    positions: rel("Position", ["organization", "country"], ["HELD_POSITION", "out"]),
    signatures: handsOn("person", relReading([], rel("Signature", ["agreement"], ["SIGNED", "out"]))),
    attendances: handsOn("person", relReading([], rel("Attendance", ["agreement"], ["ATTENDED", "out"]))),
    statements: handsOn("person", node(["MADE", "out"])),
  },
  Sector: { sources: refs("sources"), parent: node(["SUBSECTOR_OF", "out"]), children: node(["SUBSECTOR_OF", "in"]) },
  Place: { sources: refs("sources"), country: node(["LOCATED_IN", "out"]), within: node(["WITHIN", "out"]) },
  Source: {},
  Claim: {
    sources: refs("sources"),
    settledBy: refs("settledBy"),
    contradictedBy: rel("ClaimContradiction", ["fact"], ["CONTRADICTED_BY", "out"]),
  },
  Statement: { sources: refs("sources"), person: node(["MADE", "in"]), agreement: node(["ABOUT", "out"]) },
  ExternalId: { sources: refs("sources") },
  // Objects made from a relationship: their own fields read the relationship's properties.
  Signature: { sources: refs("sources"), onBehalfOf: refs("onBehalfOf"), place: refs("place") },
  Attendance: { sources: refs("sources") },
  PartyAct: { sources: refs("sources") },
  SectorClaim: { sources: refs("sources") },
  Membership: { sources: refs("sources") },
  Position: { sources: refs("sources"), current: refs("sources"), country: refs("country") },
  ClaimContradiction: {},
};

/** Field resolvers that read nothing of their node but properties of the same name. */
export const OWN_PROPERTIES: Record<string, string[]> = {
  wikidataId: ["wikidataId"],
  status: ["status"],
};
