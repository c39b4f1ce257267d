/**
 * A fact is a node or a relationship that carries sources. A node fact is named by its id; a
 * relationship fact by its type, its two ends and its key (which tells parallel ones apart).
 */
export type FactRef = { id: string } | { type: string; from: string; to: string; key: string };

/** The fact kind of each node label (the first of these a node carries decides). */
export const NODE_FACT_KINDS = {
  Agreement: "AGREEMENT",
  Initiative: "INITIATIVE",
  Country: "COUNTRY",
  Organization: "ORGANIZATION",
  Person: "PERSON",
  Place: "PLACE",
  Sector: "SECTOR",
  Source: "SOURCE",
  Claim: "CLAIM",
  Commitment: "COMMITMENT",
  Statement: "STATEMENT",
  ExternalId: "EXTERNAL_ID",
} as const;

/** Relationship facts are of the kind their type names (records/graph-rows.ts writes these). */
export const RELATIONSHIP_FACT_KINDS = [
  "ACTED_ON",
  "SIGNED",
  "ATTENDED",
  "MEMBER_OF",
  "COVERS",
  "ESTABLISHES",
  "IMPLEMENTS",
  "FOLLOWS",
  "SIGNED_AT",
  "HAS_COMMITMENT",
  "HAS_CLAIM",
  "CONTRADICTED_BY",
  "BELONGS_TO",
  "PART_OF",
  "HELD_POSITION",
  "LOCATED_IN",
  "WITHIN",
  "SUBSECTOR_OF",
  "MADE",
  "ABOUT",
  "HAS_EXTERNAL_ID",
] as const;

export type FactKindName =
  (typeof NODE_FACT_KINDS)[keyof typeof NODE_FACT_KINDS] | (typeof RELATIONSHIP_FACT_KINDS)[number];

const LABEL_OF_KIND = new Map<string, string>(Object.entries(NODE_FACT_KINDS).map(([label, kind]) => [kind, label]));

/** The id the API shows for a fact: a node's own id, or `TYPE:from->to#key` for a relationship. */
export function factId(ref: FactRef): string {
  if ("id" in ref) return ref.id;
  return `${ref.type}:${ref.from}->${ref.to}${ref.key ? `#${ref.key}` : ""}`;
}

export function nodeFactKind(labels: readonly string[]): FactKindName | null {
  const label = Object.keys(NODE_FACT_KINDS).find((l) => labels.includes(l)) as
    keyof typeof NODE_FACT_KINDS | undefined;
  return label ? NODE_FACT_KINDS[label] : null;
}

export function relationshipFactKind(type: string): FactKindName | null {
  return (RELATIONSHIP_FACT_KINDS as readonly string[]).includes(type) ? (type as FactKindName) : null;
}

/** The node labels and relationship types a list of fact kinds matches, as a statement filters them. */
export function kindsToMatch(kinds: readonly string[]): { labels: string[]; types: string[] } {
  return {
    labels: kinds.flatMap((k) => (LABEL_OF_KIND.has(k) ? [LABEL_OF_KIND.get(k)!] : [])),
    types: kinds.filter((k) => relationshipFactKind(k) !== null),
  };
}
