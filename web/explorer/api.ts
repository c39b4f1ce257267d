/**
 * The Explorer's only way to the data: POST /graphql on the same origin (the public API).
 * Every call answers typed data or throws an ApiError with a code the page can explain.
 *
 * The queries are written once, in queries.graphql; GraphQL Code Generator (codegen.ts) checks
 * them against schema/schema.graphql and generates each one's document, result type and
 * variables type into ./gql/graphql.ts. The types this module exports are views of those
 * generated types, never hand-written copies. ./gql/ is generated, not committed:
 * `npm run build` (or `npx graphql-codegen`) rewrites it, and fails on a query the schema rejects.
 */
import type * as G from "./gql/graphql";
import {
  AgreementDocument,
  BlocsDocument,
  InitiativeDocument,
  MetaDocument,
  NetworkDocument,
  OverviewDocument,
  PartyDocument,
  PathEndsDocument,
  PathsDocument,
  PersonDocument,
  PlaceDocument,
  ResolveDocument,
  SearchDocument,
  SectorDocument,
  SectorsDocument,
  TimelineDocument,
  type TypedDocumentString,
} from "./gql/graphql";

/** Where the API lives: "graphql" next to the page, so a reverse-proxy prefix still works. */
const ENDPOINT = new URL("graphql", document.baseURI).href;

export type EntityType = G.EntityType;
export type Precision = G.DatePrecision;

/** A failed call: `code` is the API's extensions.code, or NETWORK / HTTP_<status> / BAD_RESPONSE. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; requestId?: string } }>;
}

export async function gql<T, V>(query: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: query.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(
      "NETWORK",
      "Check that Alliance Graph is running and that this computer is online, then try again.",
    );
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(
      response.ok ? "BAD_RESPONSE" : `HTTP_${response.status}`,
      `The server answered ${response.status} ${response.statusText} without a GraphQL response.`,
    );
  }
  const first = body.errors?.[0];
  if (first)
    throw new ApiError(first.extensions?.code ?? "INTERNAL_SERVER_ERROR", first.message, first.extensions?.requestId);
  if (!response.ok || body.data == null)
    throw new ApiError(`HTTP_${response.status}`, `The server answered ${response.status} ${response.statusText}.`);
  return body.data;
}

/** A sentence for people, whatever went wrong. */
export function describeError(error: unknown): { title: string; detail: string; code: string } {
  if (!(error instanceof ApiError)) {
    return {
      title: "Something went wrong in the page.",
      detail: String((error as Error)?.message ?? error),
      code: "CLIENT",
    };
  }
  const ref = error.requestId ? ` Request id: ${error.requestId}.` : "";
  switch (error.code) {
    case "UNAVAILABLE":
      return {
        title: "The database is not reachable right now.",
        detail: `The API answered UNAVAILABLE. Try again in a moment.${ref}`,
        code: error.code,
      };
    case "NETWORK":
      return { title: "The server cannot be reached.", detail: error.message, code: error.code };
    case "NOT_FOUND":
      return { title: "Not found.", detail: error.message, code: error.code };
    case "BAD_USER_INPUT":
      return { title: "The API refused this request.", detail: `${error.message}${ref}`, code: error.code };
    default:
      return {
        title: "The server failed on this request.",
        detail: `${error.message} (${error.code}).${ref}`,
        code: error.code,
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Shapes returned by the queries below (only the fields the page asks for), taken from the
// generated types.

type Item<T> = T extends ReadonlyArray<infer U> ? U : never;

export type SourceRef = G.SourceFieldsFragment;
export type PartyRef = G.PartyRefFragment;
export type PartyList = G.PartyListFieldsFragment;
export type SearchHit = Item<G.SearchQuery["search"]>;
export type Network = G.NetworkQuery["network"];
export type NetworkNode = Item<Network["nodes"]>;
export type NetworkEdge = Item<Network["edges"]>;
/** The sector tree, however deep the query below reaches (the deepest level has no `children`). */
export interface SectorNode {
  id: string;
  name: string;
  nameFr?: string | null;
  children?: SectorNode[];
}
export type Agreement = NonNullable<G.AgreementQuery["agreement"]>;
export type Claim = Item<Agreement["claims"]>;
export type SectorClaim = Item<Agreement["sectors"]>;
export type Party = NonNullable<G.PartyQuery["party"]>;
export type TimelineEvent = Item<G.PartyQuery["timeline"]>;
export type Initiative = NonNullable<G.InitiativeQuery["initiative"]>;
export type Person = NonNullable<G.PersonQuery["person"]>;
export type Sector = NonNullable<G.SectorQuery["sector"]>;
export type Place = NonNullable<G.PlaceQuery["place"]>;
/** A place, what was signed there and the places within it. */
export interface PlaceDetails {
  place: Place;
  agreements: Array<{ id: string; title: string }>;
  within: Array<{ id: string; name: string }>;
}
export type AlliancePath = Item<G.PathsQuery["shortestPaths"]>;
export type PathStep = Item<AlliancePath["steps"]>;
export type Overview = G.OverviewQuery;

// ---------------------------------------------------------------------------------------------
// Queries (their text is in queries.graphql).

/** Entity types the search box offers: things the network can be centred on. */
export const SEARCH_TYPES: EntityType[] = [
  "COUNTRY",
  "ORGANIZATION",
  "AGREEMENT",
  "INITIATIVE",
  "PERSON",
  "SECTOR",
  "PLACE",
];
export const PARTY_TYPES: EntityType[] = ["COUNTRY", "ORGANIZATION"];

export async function search(
  text: string,
  types: EntityType[],
  first: number,
  signal?: AbortSignal,
): Promise<SearchHit[]> {
  const data = await gql(SearchDocument, { text, first, types }, signal);
  return data.search;
}

export interface Filters {
  asOf?: string;
  sector?: string;
}

export async function network(center: string, depth: number, filters: Filters, signal?: AbortSignal): Promise<Network> {
  const data = await gql(
    NetworkDocument,
    { center, depth, asOf: filters.asOf ?? null, sectors: filters.sector ? [filters.sector] : null },
    signal,
  );
  return data.network;
}

export async function sectors(signal?: AbortSignal): Promise<SectorNode[]> {
  const data = await gql(SectorsDocument, {}, signal);
  return data.sectors;
}

export async function overview(signal?: AbortSignal): Promise<Overview> {
  return gql(OverviewDocument, {}, signal);
}

export async function agreement(id: string, signal?: AbortSignal): Promise<Agreement | null> {
  const data = await gql(AgreementDocument, { id }, signal);
  return data.agreement;
}

export async function party(
  id: string,
  filters: Filters,
  signal?: AbortSignal,
): Promise<{ party: Party | null; timeline: TimelineEvent[] }> {
  const data = await gql(PartyDocument, { id, asOf: filters.asOf ?? null, sector: filters.sector ?? null }, signal);
  return { party: data.party, timeline: data.timeline };
}

export async function initiative(id: string, filters: Filters, signal?: AbortSignal): Promise<Initiative | null> {
  const data = await gql(InitiativeDocument, { id, asOf: filters.asOf ?? null }, signal);
  return data.initiative;
}

export async function person(id: string, filters: Filters, signal?: AbortSignal): Promise<Person | null> {
  const data = await gql(PersonDocument, { id, asOf: filters.asOf ?? null }, signal);
  return data.person;
}

export async function place(id: string, signal?: AbortSignal): Promise<PlaceDetails | null> {
  const data = await gql(PlaceDocument, { id }, signal);
  if (!data.place) return null;
  const label = new Map(data.network.nodes.map((n) => [n.id, n] as const));
  const linked = (type: string, end: "source" | "target") =>
    data.network.edges
      .filter((e) => e.type === type && e[end === "source" ? "target" : "source"] === id)
      .map((e) => label.get(e[end]))
      .filter((n): n is NonNullable<typeof n> => n != null);
  return {
    place: data.place,
    agreements: linked("SIGNED_AT", "source").map((n) => ({ id: n.id, title: n.label })),
    within: linked("WITHIN", "source").map((n) => ({ id: n.id, name: n.label })),
  };
}

export async function sector(id: string, signal?: AbortSignal): Promise<Sector | null> {
  const data = await gql(SectorDocument, { id }, signal);
  return data.sector;
}

export interface PathsResult {
  from: PartyRef | null;
  to: PartyRef | null;
  paths: AlliancePath[];
}

export async function shortestPaths(
  from: string,
  to: string,
  filters: Filters,
  signal?: AbortSignal,
): Promise<PathsResult> {
  const ends = await gql(PathEndsDocument, { from, to }, signal);
  if (!ends.from || !ends.to) return { ...ends, paths: [] };
  const data = await gql(
    PathsDocument,
    { from, to, asOf: filters.asOf ?? null, sectors: filters.sector ? [filters.sector] : null },
    signal,
  );
  return { ...ends, paths: data.shortestPaths };
}

/** What kind of entity an id names (for a view restored from its URL), or null. */
export async function resolveType(id: string, signal?: AbortSignal): Promise<EntityType | null> {
  const data = await gql(ResolveDocument, { id }, signal);
  if (data.party) return data.party.__typename === "Organization" ? "ORGANIZATION" : "COUNTRY";
  if (data.agreement) return "AGREEMENT";
  if (data.initiative) return "INITIATIVE";
  if (data.person) return "PERSON";
  if (data.sector) return "SECTOR";
  if (data.place) return "PLACE";
  return null;
}

/** Party id -> the rank of its bloc (0 = the largest), as of a day, in a sector. */
export async function blocs(filters: Filters, signal?: AbortSignal): Promise<Map<string, number>> {
  const data = await gql(BlocsDocument, { asOf: filters.asOf ?? null, sector: filters.sector ?? null }, signal);
  return new Map(data.blocs.blocs.flatMap((b, rank) => b.members.map((m) => [m.id, rank] as const)));
}

export type DatedEvent = Item<G.TimelineQuery["timeline"]>;

/** The first 100 dated events of a party or an initiative (the API's limit), oldest first: the slider runs over them. */
export async function timeline(
  of: { party?: string; initiative?: string },
  filters: Filters,
  signal?: AbortSignal,
): Promise<DatedEvent[]> {
  const data = await gql(
    TimelineDocument,
    { party: of.party ?? null, initiative: of.initiative ?? null, sector: filters.sector ?? null },
    signal,
  );
  return data.timeline;
}

export type Meta = G.MetaQuery["meta"];

export async function meta(signal?: AbortSignal): Promise<Meta> {
  return (await gql(MetaDocument, {}, signal)).meta;
}
