/**
 * The Explorer's only way to the data: POST /graphql on the same origin (the public API).
 * Every call answers typed data or throws an ApiError with a code the page can explain.
 */

/** Where the API lives: "graphql" next to the page, so a reverse-proxy prefix still works. */
const ENDPOINT = new URL('graphql', document.baseURI).href;

export type EntityType = 'AGREEMENT' | 'COUNTRY' | 'INITIATIVE' | 'ORGANIZATION' | 'PERSON' | 'PLACE' | 'SECTOR' | 'SOURCE';
export type Precision = 'DAY' | 'MONTH' | 'YEAR';

/** A failed call: `code` is the API's extensions.code, or NETWORK / HTTP_<status> / BAD_RESPONSE. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; requestId?: string } }>;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('NETWORK', 'Check that Alliance Graph is running and that this computer is online, then try again.');
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(response.ok ? 'BAD_RESPONSE' : `HTTP_${response.status}`, `The server answered ${response.status} ${response.statusText} without a GraphQL response.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message, first.extensions?.requestId);
  if (!response.ok || body.data == null) throw new ApiError(`HTTP_${response.status}`, `The server answered ${response.status} ${response.statusText}.`);
  return body.data;
}

/** A sentence for people, whatever went wrong. */
export function describeError(error: unknown): { title: string; detail: string; code: string } {
  if (!(error instanceof ApiError)) {
    return { title: 'Something went wrong in the page.', detail: String((error as Error)?.message ?? error), code: 'CLIENT' };
  }
  const ref = error.requestId ? ` Request id: ${error.requestId}.` : '';
  switch (error.code) {
    case 'UNAVAILABLE':
      return { title: 'The database is not reachable right now.', detail: `The API answered UNAVAILABLE. Try again in a moment.${ref}`, code: error.code };
    case 'NETWORK':
      return { title: 'The server cannot be reached.', detail: error.message, code: error.code };
    case 'NOT_FOUND':
      return { title: 'Not found.', detail: error.message, code: error.code };
    case 'BAD_USER_INPUT':
      return { title: 'The API refused this request.', detail: `${error.message}${ref}`, code: error.code };
    default:
      return { title: 'The server failed on this request.', detail: `${error.message} (${error.code}).${ref}`, code: error.code };
  }
}

// ---------------------------------------------------------------------------------------------
// Shapes returned by the queries below (only the fields the page asks for).

export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  language: string | null;
}
export interface Ref {
  id: string;
  name: string;
}
export interface PartyRef extends Ref {
  __typename: 'Country' | 'Organization';
}
export interface AgreementRef {
  id: string;
  title: string;
  signedOn?: string | null;
}
export interface SearchHit {
  id: string;
  label: string;
  type: EntityType;
  score: number;
}
export interface NetworkNode {
  id: string;
  type: EntityType;
  label: string;
}
export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string | null;
}
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
export interface SectorNode {
  id: string;
  name: string;
  nameFr: string | null;
  children: SectorNode[];
}
export interface Claim {
  field: string;
  value: string;
  sources: SourceRef[];
}
export interface SectorClaim {
  sector: { id: string; name: string; nameFr: string | null };
  sources: SourceRef[];
}
export interface Agreement {
  id: string;
  title: string;
  titleFr: string | null;
  kind: string;
  signedOn: string | null;
  signedOnPrecision: Precision | null;
  binding: boolean | null;
  summary: string | null;
  commitments: string[];
  aliases: string[];
  place: {
    id: string;
    name: string;
    nameFr: string | null;
    disputed: boolean;
    note: string | null;
    country: Ref | null;
    within: { id: string; name: string } | null;
    sources: SourceRef[];
  } | null;
  acts: Array<{ act: string; date: string | null; datePrecision: Precision | null; party: PartyRef; sources: SourceRef[] }>;
  signatures: Array<{ person: Ref; capacity: string | null; onBehalfOf: PartyRef | null; date: string | null; datePrecision: Precision | null; place: Ref | null; sources: SourceRef[] }>;
  attendances: Array<{ person: Ref; capacity: string | null; sources: SourceRef[] }>;
  statements: Array<{ id: string; person: Ref; summary: string; summaryFr: string | null; date: string | null; sources: SourceRef[] }>;
  sectors: SectorClaim[];
  claims: Claim[];
  initiatives: Ref[];
  predecessors: AgreementRef[];
  sources: SourceRef[];
}
export interface Membership {
  kind: string;
  since: string | null;
  sincePrecision: Precision | null;
  until: string | null;
  untilPrecision: Precision | null;
  note: string | null;
  sources: SourceRef[];
}
export interface Party {
  __typename: 'Country' | 'Organization';
  id: string;
  name: string;
  nameFr: string | null;
  aliases: string[];
  code?: string;
  iso3?: string;
  region?: string | null;
  subregion?: string | null;
  kind?: string;
  country?: Ref | null;
  parent?: Ref | null;
  memberships: Array<Membership & { initiative: Ref }>;
  partners: Array<{ partner: PartyRef; strength: number; since: string | null; agreements: AgreementRef[]; initiatives: Ref[]; sectors: Ref[] }>;
  agreements: { totalCount: number; edges: Array<{ node: AgreementRef }> };
  sources: SourceRef[];
}
export interface TimelineEvent {
  date: string;
  precision: Precision;
  kind: string;
  label: string;
  agreement: { id: string } | null;
  initiative: { id: string } | null;
  parties: PartyRef[];
  sources: SourceRef[];
}
export interface Initiative {
  id: string;
  name: string;
  nameFr: string | null;
  kind: string;
  launchedOn: string | null;
  launchedOnPrecision: Precision | null;
  summary: string | null;
  aliases: string[];
  members: Array<Membership & { party: PartyRef }>;
  agreements: AgreementRef[];
  sectors: SectorClaim[];
  claims: Claim[];
  sources: SourceRef[];
}
export interface Person {
  id: string;
  name: string;
  nameFr: string | null;
  aliases: string[];
  positions: Array<{ title: string; titleFr: string | null; from: string | null; fromPrecision: Precision | null; to: string | null; toPrecision: Precision | null; organization: Ref | null; country: Ref | null; sources: SourceRef[] }>;
  signatures: Array<{ agreement: AgreementRef; capacity: string | null; onBehalfOf: PartyRef | null; sources: SourceRef[] }>;
  attendances: Array<{ agreement: AgreementRef; capacity: string | null; sources: SourceRef[] }>;
  statements: Array<{ id: string; summary: string; summaryFr: string | null; date: string | null; agreement: AgreementRef | null; sources: SourceRef[] }>;
  sources: SourceRef[];
}
export interface Sector {
  id: string;
  name: string;
  nameFr: string | null;
  parent: Ref | null;
  children: Ref[];
  agreements: { totalCount: number; edges: Array<{ node: AgreementRef }> };
  sources: SourceRef[];
}
export interface PathStep {
  from: PartyRef;
  to: PartyRef;
  via: { __typename: 'Agreement'; id: string; title: string } | { __typename: 'Initiative'; id: string; name: string };
}
export interface AlliancePath {
  length: number;
  steps: PathStep[];
}
export interface Overview {
  stats: { agreements: number; countries: number; initiatives: number; organizations: number; people: number; mostConnected: Array<{ degree: number; party: PartyRef }> };
  agreements: { edges: Array<{ node: AgreementRef }> };
  initiatives: { edges: Array<{ node: Ref }> };
}

// ---------------------------------------------------------------------------------------------
// Queries.

const SOURCE = 'id title url publisher publishedOn language';
const PARTY_REF = '__typename id name';

/** Entity types the search box offers: things the network can be centred on. */
export const SEARCH_TYPES: EntityType[] = ['COUNTRY', 'ORGANIZATION', 'AGREEMENT', 'INITIATIVE', 'PERSON', 'SECTOR'];
export const PARTY_TYPES: EntityType[] = ['COUNTRY', 'ORGANIZATION'];

export async function search(text: string, types: EntityType[], first: number, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    'query Search($text: String!, $first: Int!, $types: [EntityType!]) { search(text: $text, first: $first, types: $types) { id label type score } }',
    { text, first, types },
    signal,
  );
  return data.search;
}

export interface Filters {
  asOf?: string;
  sector?: string;
}

export async function network(center: string, depth: number, filters: Filters, signal?: AbortSignal): Promise<Network> {
  const data = await gql<{ network: Network }>(
    `query Network($center: ID!, $depth: Int!, $asOf: Date, $sectors: [ID!]) {
      network(center: $center, depth: $depth, asOf: $asOf, sectors: $sectors) {
        nodes { id type label } edges { id source target type label } } }`,
    { center, depth, asOf: filters.asOf ?? null, sectors: filters.sector ? [filters.sector] : null },
    signal,
  );
  return data.network;
}

export async function sectors(signal?: AbortSignal): Promise<SectorNode[]> {
  const data = await gql<{ sectors: SectorNode[] }>(
    'query Sectors { sectors { id name nameFr children { id name nameFr children { id name nameFr children { id name nameFr } } } } }',
    {},
    signal,
  );
  return data.sectors;
}

export async function overview(signal?: AbortSignal): Promise<Overview> {
  return gql<Overview>(
    `query Overview {
      stats { agreements countries initiatives organizations people mostConnected(first: 6) { degree party { ${PARTY_REF} } } }
      agreements(first: 5, orderBy: SIGNED_ON_DESC) { edges { node { id title signedOn } } }
      initiatives(first: 5) { edges { node { id name } } } }`,
    {},
    signal,
  );
}

export async function agreement(id: string, signal?: AbortSignal): Promise<Agreement | null> {
  const data = await gql<{ agreement: Agreement | null }>(
    `query Agreement($id: ID!) { agreement(id: $id) {
      id title titleFr kind signedOn signedOnPrecision binding summary commitments aliases
      place { id name nameFr disputed note country { id name } within { id name } sources { ${SOURCE} } }
      acts { act date datePrecision party { ${PARTY_REF} } sources { ${SOURCE} } }
      signatures { person { id name } capacity onBehalfOf { ${PARTY_REF} } date datePrecision place { id name } sources { ${SOURCE} } }
      attendances { person { id name } capacity sources { ${SOURCE} } }
      statements { id person { id name } summary summaryFr date sources { ${SOURCE} } }
      sectors { sector { id name nameFr } sources { ${SOURCE} } }
      claims { field value sources { ${SOURCE} } }
      initiatives { id name }
      predecessors { id title signedOn }
      sources { ${SOURCE} } } }`,
    { id },
    signal,
  );
  return data.agreement;
}

export async function party(id: string, filters: Filters, signal?: AbortSignal): Promise<{ party: Party | null; timeline: TimelineEvent[] }> {
  return gql<{ party: Party | null; timeline: TimelineEvent[] }>(
    `query Party($id: ID!, $asOf: Date, $sector: ID) {
      party(id: $id) {
        __typename id name nameFr aliases
        ... on Country { code iso3 region subregion }
        ... on Organization { kind country { id name } parent { id name } }
        memberships(asOf: $asOf) { kind since sincePrecision until untilPrecision note initiative { id name } sources { ${SOURCE} } }
        partners(first: 25, sector: $sector, to: $asOf) { partner { ${PARTY_REF} } strength since agreements { id title } initiatives { id name } sectors { id name } }
        agreements(first: 20) { totalCount edges { node { id title signedOn } } }
        sources { ${SOURCE} } }
      timeline(party: $id, first: 100, sector: $sector, to: $asOf) {
        date precision kind label agreement { id } initiative { id } parties { ${PARTY_REF} } sources { ${SOURCE} } } }`,
    { id, asOf: filters.asOf ?? null, sector: filters.sector ?? null },
    signal,
  );
}

export async function initiative(id: string, filters: Filters, signal?: AbortSignal): Promise<Initiative | null> {
  const data = await gql<{ initiative: Initiative | null }>(
    `query Initiative($id: ID!, $asOf: Date) { initiative(id: $id) {
      id name nameFr kind launchedOn launchedOnPrecision summary aliases
      members(asOf: $asOf) { kind since sincePrecision until untilPrecision note party { ${PARTY_REF} } sources { ${SOURCE} } }
      agreements { id title signedOn }
      sectors { sector { id name nameFr } sources { ${SOURCE} } }
      claims { field value sources { ${SOURCE} } }
      sources { ${SOURCE} } } }`,
    { id, asOf: filters.asOf ?? null },
    signal,
  );
  return data.initiative;
}

export async function person(id: string, signal?: AbortSignal): Promise<Person | null> {
  const data = await gql<{ person: Person | null }>(
    `query Person($id: ID!) { person(id: $id) {
      id name nameFr aliases
      positions { title titleFr from fromPrecision to toPrecision organization { id name } country { id name } sources { ${SOURCE} } }
      signatures { agreement { id title signedOn } capacity onBehalfOf { ${PARTY_REF} } sources { ${SOURCE} } }
      attendances { agreement { id title signedOn } capacity sources { ${SOURCE} } }
      statements { id summary summaryFr date agreement { id title } sources { ${SOURCE} } }
      sources { ${SOURCE} } } }`,
    { id },
    signal,
  );
  return data.person;
}

export async function sector(id: string, signal?: AbortSignal): Promise<Sector | null> {
  const data = await gql<{ sector: Sector | null }>(
    `query Sector($id: ID!) { sector(id: $id) {
      id name nameFr parent { id name } children { id name }
      agreements(first: 20) { totalCount edges { node { id title signedOn } } }
      sources { ${SOURCE} } } }`,
    { id },
    signal,
  );
  return data.sector;
}

export async function shortestPaths(from: string, to: string, filters: Filters, signal?: AbortSignal): Promise<{ from: PartyRef | null; to: PartyRef | null; paths: AlliancePath[] }> {
  const names = await gql<{ from: PartyRef | null; to: PartyRef | null }>(
    `query PathEnds($from: ID!, $to: ID!) { from: party(id: $from) { ${PARTY_REF} } to: party(id: $to) { ${PARTY_REF} } }`,
    { from, to },
    signal,
  );
  if (!names.from || !names.to) return { ...names, paths: [] };
  const data = await gql<{ shortestPaths: AlliancePath[] }>(
    `query Paths($from: ID!, $to: ID!, $asOf: Date, $sectors: [ID!]) {
      shortestPaths(from: $from, to: $to, asOf: $asOf, sectors: $sectors, first: 10) {
        length steps { from { ${PARTY_REF} } to { ${PARTY_REF} } via { __typename ... on Agreement { id title } ... on Initiative { id name } } } } }`,
    { from, to, asOf: filters.asOf ?? null, sectors: filters.sector ? [filters.sector] : null },
    signal,
  );
  return { ...names, paths: data.shortestPaths };
}

/** What kind of entity an id names (for a view restored from its URL), or null. */
export async function resolveType(id: string, signal?: AbortSignal): Promise<EntityType | null> {
  const data = await gql<{ agreement: unknown; initiative: unknown; party: { __typename: string } | null; person: unknown; sector: unknown }>(
    `query Resolve($id: ID!) { agreement(id: $id) { id } initiative(id: $id) { id } party(id: $id) { __typename } person(id: $id) { id } sector(id: $id) { id } }`,
    { id },
    signal,
  );
  if (data.party) return data.party.__typename === 'Organization' ? 'ORGANIZATION' : 'COUNTRY';
  if (data.agreement) return 'AGREEMENT';
  if (data.initiative) return 'INITIATIVE';
  if (data.person) return 'PERSON';
  if (data.sector) return 'SECTOR';
  return null;
}
