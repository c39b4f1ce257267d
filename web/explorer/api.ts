/**
 * The Explorer's only way to the data: POST /graphql on the same origin (the public API).
 * Every call answers typed data or throws an ApiError with a code the page can explain.
 *
 * Each query is written once, in a graphql(`…`) call below; GraphQL Code Generator (codegen.ts)
 * checks it against schema/schema.graphql and writes its result and variable types into ./gql/.
 * The types this module exports are views of those generated types, never hand-written copies.
 * ./gql/ is generated, not committed: `npm run build` (or `npx graphql-codegen`) rewrites it, and
 * the build fails on a query the schema rejects.
 */
import { graphql } from './gql';
import type * as G from './gql/graphql';
import type { TypedDocumentString } from './gql/graphql';

/** Where the API lives: "graphql" next to the page, so a reverse-proxy prefix still works. */
const ENDPOINT = new URL('graphql', document.baseURI).href;

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

export async function gql<T, V>(query: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: query.toString(), variables }),
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
// Shapes returned by the queries below (only the fields the page asks for), taken from the
// generated types.

type Item<T> = T extends ReadonlyArray<infer U> ? U : never;

export type SourceRef = G.SourceFieldsFragment;
export type PartyRef = G.PartyRefFragment;
export type SearchHit = Item<G.SearchQuery['search']>;
export type Network = G.NetworkQuery['network'];
export type NetworkNode = Item<Network['nodes']>;
export type NetworkEdge = Item<Network['edges']>;
/** The sector tree, however deep the query below reaches (the deepest level has no `children`). */
export interface SectorNode {
  id: string;
  name: string;
  nameFr?: string | null;
  children?: SectorNode[];
}
export type Agreement = NonNullable<G.AgreementQuery['agreement']>;
export type Claim = Item<Agreement['claims']>;
export type SectorClaim = Item<Agreement['sectors']>;
export type Party = NonNullable<G.PartyQuery['party']>;
export type TimelineEvent = Item<G.PartyQuery['timeline']>;
export type Initiative = NonNullable<G.InitiativeQuery['initiative']>;
export type Person = NonNullable<G.PersonQuery['person']>;
export type Sector = NonNullable<G.SectorQuery['sector']>;
export type AlliancePath = Item<G.PathsQuery['shortestPaths']>;
export type PathStep = Item<AlliancePath['steps']>;
export type Overview = G.OverviewQuery;

// ---------------------------------------------------------------------------------------------
// Queries. Text inside graphql(`…`) must be literal (no ${…}): codegen reads it from the source.

graphql(`
  fragment SourceFields on Source {
    id
    title
    url
    publisher
    publishedOn
    language
  }
`);

graphql(`
  fragment PartyRef on Party {
    __typename
    id
    name
  }
`);

/** Entity types the search box offers: things the network can be centred on. */
export const SEARCH_TYPES: EntityType[] = ['COUNTRY', 'ORGANIZATION', 'AGREEMENT', 'INITIATIVE', 'PERSON', 'SECTOR'];
export const PARTY_TYPES: EntityType[] = ['COUNTRY', 'ORGANIZATION'];

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int!, $types: [EntityType!]) {
    search(text: $text, first: $first, types: $types) {
      id
      label
      type
      score
    }
  }
`);

export async function search(text: string, types: EntityType[], first: number, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql(SearchQuery, { text, first, types }, signal);
  return data.search;
}

export interface Filters {
  asOf?: string;
  sector?: string;
}

const NetworkQuery = graphql(`
  query Network($center: ID!, $depth: Int!, $asOf: Date, $sectors: [ID!]) {
    network(center: $center, depth: $depth, asOf: $asOf, sectors: $sectors) {
      nodes {
        id
        type
        label
      }
      edges {
        id
        source
        target
        type
        label
      }
    }
  }
`);

export async function network(center: string, depth: number, filters: Filters, signal?: AbortSignal): Promise<Network> {
  const data = await gql(NetworkQuery, { center, depth, asOf: filters.asOf ?? null, sectors: filters.sector ? [filters.sector] : null }, signal);
  return data.network;
}

const SectorsQuery = graphql(`
  query Sectors {
    sectors {
      id
      name
      nameFr
      children {
        id
        name
        nameFr
        children {
          id
          name
          nameFr
          children {
            id
            name
            nameFr
          }
        }
      }
    }
  }
`);

export async function sectors(signal?: AbortSignal): Promise<SectorNode[]> {
  const data = await gql(SectorsQuery, {}, signal);
  return data.sectors;
}

const OverviewQuery = graphql(`
  query Overview {
    stats {
      agreements
      countries
      initiatives
      organizations
      people
      mostConnected(first: 6) {
        degree
        party {
          ...PartyRef
        }
      }
    }
    agreements(first: 5, orderBy: SIGNED_ON_DESC) {
      edges {
        node {
          id
          title
          signedOn
        }
      }
    }
    initiatives(first: 5) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export async function overview(signal?: AbortSignal): Promise<Overview> {
  return gql(OverviewQuery, {}, signal);
}

const AgreementQuery = graphql(`
  query Agreement($id: ID!) {
    agreement(id: $id) {
      id
      title
      titleFr
      kind
      signedOn
      signedOnPrecision
      binding
      summary
      commitments
      aliases
      place {
        id
        name
        nameFr
        disputed
        note
        country {
          id
          name
        }
        within {
          id
          name
        }
        sources {
          ...SourceFields
        }
      }
      acts {
        act
        date
        datePrecision
        party {
          ...PartyRef
        }
        sources {
          ...SourceFields
        }
      }
      signatures {
        person {
          id
          name
        }
        capacity
        onBehalfOf {
          ...PartyRef
        }
        date
        datePrecision
        place {
          id
          name
        }
        sources {
          ...SourceFields
        }
      }
      attendances {
        person {
          id
          name
        }
        capacity
        sources {
          ...SourceFields
        }
      }
      statements {
        id
        person {
          id
          name
        }
        summary
        summaryFr
        date
        sources {
          ...SourceFields
        }
      }
      sectors {
        sector {
          id
          name
          nameFr
        }
        sources {
          ...SourceFields
        }
      }
      claims {
        field
        value
        sources {
          ...SourceFields
        }
      }
      initiatives {
        id
        name
      }
      predecessors {
        id
        title
        signedOn
      }
      sources {
        ...SourceFields
      }
    }
  }
`);

export async function agreement(id: string, signal?: AbortSignal): Promise<Agreement | null> {
  const data = await gql(AgreementQuery, { id }, signal);
  return data.agreement;
}

const PartyQuery = graphql(`
  query Party($id: ID!, $asOf: Date, $sector: ID) {
    party(id: $id) {
      __typename
      id
      name
      nameFr
      aliases
      ... on Country {
        code
        iso3
        region
        subregion
      }
      ... on Organization {
        kind
        country {
          id
          name
        }
        parent {
          id
          name
        }
      }
      memberships(asOf: $asOf) {
        kind
        since
        sincePrecision
        until
        untilPrecision
        note
        initiative {
          id
          name
        }
        sources {
          ...SourceFields
        }
      }
      partners(first: 25, sector: $sector, to: $asOf) {
        partner {
          ...PartyRef
        }
        strength
        since
        agreements {
          id
          title
        }
        initiatives {
          id
          name
        }
        sectors {
          id
          name
        }
      }
      agreements(first: 20) {
        totalCount
        edges {
          node {
            id
            title
            signedOn
          }
        }
      }
      sources {
        ...SourceFields
      }
    }
    timeline(party: $id, first: 100, sector: $sector, to: $asOf) {
      date
      precision
      kind
      label
      agreement {
        id
      }
      initiative {
        id
      }
      parties {
        ...PartyRef
      }
      sources {
        ...SourceFields
      }
    }
  }
`);

export async function party(id: string, filters: Filters, signal?: AbortSignal): Promise<{ party: Party | null; timeline: TimelineEvent[] }> {
  const data = await gql(PartyQuery, { id, asOf: filters.asOf ?? null, sector: filters.sector ?? null }, signal);
  return { party: data.party, timeline: data.timeline };
}

const InitiativeQuery = graphql(`
  query Initiative($id: ID!, $asOf: Date) {
    initiative(id: $id) {
      id
      name
      nameFr
      kind
      launchedOn
      launchedOnPrecision
      summary
      aliases
      members(asOf: $asOf) {
        kind
        since
        sincePrecision
        until
        untilPrecision
        note
        party {
          ...PartyRef
        }
        sources {
          ...SourceFields
        }
      }
      agreements {
        id
        title
        signedOn
      }
      sectors {
        sector {
          id
          name
          nameFr
        }
        sources {
          ...SourceFields
        }
      }
      claims {
        field
        value
        sources {
          ...SourceFields
        }
      }
      sources {
        ...SourceFields
      }
    }
  }
`);

export async function initiative(id: string, filters: Filters, signal?: AbortSignal): Promise<Initiative | null> {
  const data = await gql(InitiativeQuery, { id, asOf: filters.asOf ?? null }, signal);
  return data.initiative;
}

const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      name
      nameFr
      aliases
      positions {
        title
        titleFr
        from
        fromPrecision
        to
        toPrecision
        organization {
          id
          name
        }
        country {
          id
          name
        }
        sources {
          ...SourceFields
        }
      }
      signatures {
        agreement {
          id
          title
          signedOn
        }
        capacity
        onBehalfOf {
          ...PartyRef
        }
        sources {
          ...SourceFields
        }
      }
      attendances {
        agreement {
          id
          title
          signedOn
        }
        capacity
        sources {
          ...SourceFields
        }
      }
      statements {
        id
        summary
        summaryFr
        date
        agreement {
          id
          title
        }
        sources {
          ...SourceFields
        }
      }
      sources {
        ...SourceFields
      }
    }
  }
`);

export async function person(id: string, signal?: AbortSignal): Promise<Person | null> {
  const data = await gql(PersonQuery, { id }, signal);
  return data.person;
}

const SectorQuery = graphql(`
  query Sector($id: ID!) {
    sector(id: $id) {
      id
      name
      nameFr
      parent {
        id
        name
      }
      children {
        id
        name
      }
      agreements(first: 20) {
        totalCount
        edges {
          node {
            id
            title
            signedOn
          }
        }
      }
      sources {
        ...SourceFields
      }
    }
  }
`);

export async function sector(id: string, signal?: AbortSignal): Promise<Sector | null> {
  const data = await gql(SectorQuery, { id }, signal);
  return data.sector;
}

const PathEndsQuery = graphql(`
  query PathEnds($from: ID!, $to: ID!) {
    from: party(id: $from) {
      ...PartyRef
    }
    to: party(id: $to) {
      ...PartyRef
    }
  }
`);

const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $asOf: Date, $sectors: [ID!]) {
    shortestPaths(from: $from, to: $to, asOf: $asOf, sectors: $sectors, first: 10) {
      length
      steps {
        from {
          ...PartyRef
        }
        to {
          ...PartyRef
        }
        via {
          __typename
          ... on Agreement {
            id
            title
          }
          ... on Initiative {
            id
            name
          }
        }
      }
    }
  }
`);

export interface PathsResult {
  from: PartyRef | null;
  to: PartyRef | null;
  paths: AlliancePath[];
}

export async function shortestPaths(from: string, to: string, filters: Filters, signal?: AbortSignal): Promise<PathsResult> {
  const ends = await gql(PathEndsQuery, { from, to }, signal);
  if (!ends.from || !ends.to) return { ...ends, paths: [] };
  const data = await gql(PathsQuery, { from, to, asOf: filters.asOf ?? null, sectors: filters.sector ? [filters.sector] : null }, signal);
  return { ...ends, paths: data.shortestPaths };
}

const ResolveQuery = graphql(`
  query Resolve($id: ID!) {
    agreement(id: $id) {
      id
    }
    initiative(id: $id) {
      id
    }
    party(id: $id) {
      __typename
    }
    person(id: $id) {
      id
    }
    sector(id: $id) {
      id
    }
  }
`);

/** What kind of entity an id names (for a view restored from its URL), or null. */
export async function resolveType(id: string, signal?: AbortSignal): Promise<EntityType | null> {
  const data = await gql(ResolveQuery, { id }, signal);
  if (data.party) return data.party.__typename === 'Organization' ? 'ORGANIZATION' : 'COUNTRY';
  if (data.agreement) return 'AGREEMENT';
  if (data.initiative) return 'INITIATIVE';
  if (data.person) return 'PERSON';
  if (data.sector) return 'SECTOR';
  return null;
}
