import { toLuceneQuery } from "../src/api/search.resolver";
import type { Probes } from "./synthetic";

/**
 * The fixed set of operations the benchmark measures, each three ways: the GraphQL request
 * through the project's server; the same answer from one hand-written Cypher statement run
 * straight through the driver (the floor, in cypher/bench/); and the request through
 * @neo4j/graphql 7 (the peer, bench/peer/typeDefs.graphql), where it can express it.
 */
export type OperationKind = "lookup" | "traversal";

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  id: string;
  title: string;
  kind: OperationKind;
  project: (p: Probes) => GraphQLRequest;
  floor: { statement: string; params: (p: Probes) => Record<string, unknown> };
  /** Absent: @neo4j/graphql cannot express it without custom Cypher (@cypher), which would be ours. */
  peer?: (p: Probes) => GraphQLRequest;
  /** Where the peer's answer differs from the project's. */
  peerNote?: string;
  /** Why the peer has no entry. */
  peerMissing?: string;
  /** Other statements measured alongside: what a change to the project's Cypher would give. */
  whatIf?: Array<{ id: string; label: string; statement: string; params: (p: Probes) => Record<string, unknown> }>;
}

/** The statement parameters the project's search builds from the same text (src/api/search.resolver.ts). */
const searchParams = (text: string) => toLuceneQuery(text)!;

export const PAGE_QUERY = `query Page($first: Int!) { agreements(first: $first) { totalCount edges { node {
  id title parties { name } signatures { person { name } capacity } sectors { sector { name } } } } } }`;
export const PEER_PAGE_QUERY = `query Page($first: Int!) { agreementsConnection(first: $first, sort: [{ signedOn: DESC }, { title: ASC }, { id: ASC }]) {
  totalCount edges { node { id title parties { name } signaturesConnection { edges { properties { capacity } node { name } } } sectors { name } } } } }`;

export const OPERATIONS: Operation[] = [
  {
    id: "point-lookup",
    title: "point lookup (an agreement by id)",
    kind: "lookup",
    project: (p) => ({
      query: "query Point($id: ID!) { agreement(id: $id) { id title kind signedOn } }",
      variables: { id: p.agreement },
    }),
    floor: { statement: "bench/point-lookup", params: (p) => ({ id: p.agreement }) },
    peer: (p) => ({
      query: "query Point($id: ID!) { agreements(where: { id: { eq: $id } }) { id title kind signedOn } }",
      variables: { id: p.agreement },
    }),
  },
  {
    id: "who-signed",
    title: "who signed an agreement",
    kind: "traversal",
    project: (p) => ({
      query:
        "query WhoSigned($id: ID!) { agreement(id: $id) { id signatures { person { name } capacity onBehalfOf { name } } } }",
      variables: { id: p.agreement },
    }),
    floor: { statement: "bench/who-signed", params: (p) => ({ id: p.agreement }) },
    peer: (p) => ({
      query:
        "query WhoSigned($id: ID!) { agreements(where: { id: { eq: $id } }) { id signaturesConnection { edges { properties { capacity onBehalfOf } node { name } } } } }",
      variables: { id: p.agreement },
    }),
    peerNote: "onBehalfOf comes back as the party's id, not its name (a property, not a relationship)",
  },
  {
    id: "partners",
    title: "a party's partners in one sector",
    kind: "traversal",
    project: (p) => ({
      query:
        "query Partners($id: ID!, $sector: ID!) { party(id: $id) { name partners(sector: $sector) { partner { name } strength } } }",
      variables: { id: p.partnersParty, sector: p.partnersSector },
    }),
    floor: {
      statement: "bench/partners",
      params: (p) => ({ id: p.partnersParty, sector: p.partnersSector, first: 20 }),
    },
    peerMissing: "an aggregation over shared agreements and initiatives: only expressible with @cypher (custom Cypher)",
  },
  {
    id: "agreements-page",
    title: "a page of 100 agreements with parties, signatures and sectors",
    kind: "traversal",
    project: () => ({ query: PAGE_QUERY, variables: { first: 100 } }),
    floor: { statement: "bench/agreements-page", params: () => ({ skip: 0, limit: 100 }) },
    peer: () => ({ query: PEER_PAGE_QUERY, variables: { first: 100 } }),
    whatIf: [
      {
        id: "index-order",
        label: "the same page read in the order of the agreement_signed_on index (undated agreements left out)",
        statement: "bench/what-if-page-index-order",
        params: () => ({ skip: 0, limit: 100 }),
      },
    ],
  },
  {
    id: "filtered-page",
    title: "a filtered page: 20 agreements a party took part in since 2020, with their parties",
    kind: "traversal",
    project: (p) => ({
      query: `query Filtered($party: ID!, $since: Date!) { agreements(first: 20, where: { signedOn: { gte: $since }, parties: { some: { id: { eq: $party } } } }) {
  totalCount edges { node { id title signedOn parties { name } } } } }`,
      variables: { party: p.partnersParty, since: "2020-01-01" },
    }),
    floor: {
      statement: "bench/filtered-page",
      params: (p) => ({ party: p.partnersParty, since: "2020-01-01", first: 20 }),
    },
    peer: (p) => ({
      query: `query Filtered($party: ID!, $since: Date!) { agreementsConnection(first: 20, where: { signedOn: { gte: $since }, parties: { some: { id: { eq: $party } } } },
  sort: [{ signedOn: DESC }, { title: ASC }, { id: ASC }]) { totalCount edges { node { id title signedOn parties { name } } } } }`,
      variables: { party: p.partnersParty, since: "2020-01-01" },
    }),
    peerNote: "its parties, and the party condition, count refusals too: the peer's schema has no condition on an act",
  },
  {
    id: "shortest-paths",
    title: "shortestPaths between two distant parties",
    kind: "traversal",
    project: (p) => ({
      query: `query Paths($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) { length
        steps { from { name } to { name } via { __typename ... on Agreement { title } ... on Initiative { name } } } } }`,
      variables: { from: p.pathFrom, to: p.pathTo },
    }),
    floor: {
      statement: "bench/shortest-paths",
      params: (p) => ({ from: p.pathFrom, to: p.pathTo, maxLength: 8, first: 10 }),
    },
    peerMissing: "no path queries: only expressible with @cypher",
    whatIf: [
      {
        id: "legacy-shortest-path",
        label:
          "the older allShortestPaths form, rules in WHERE (bidirectional ShortestPath; can fall back to an exhaustive search)",
        statement: "bench/what-if-shortest-paths-legacy",
        params: (p) => ({ from: p.pathFrom, to: p.pathTo, maxLength: 8, first: 10 }),
      },
    ],
  },
  {
    id: "network",
    title: "network at depth 2",
    kind: "traversal",
    project: (p) => ({
      query:
        "query Network($center: ID!) { network(center: $center, depth: 2) { nodes { id label type } edges { source target type label } } }",
      variables: { center: p.networkCenter },
    }),
    floor: { statement: "bench/network", params: (p) => ({ center: p.networkCenter }) },
    peerMissing: "a breadth-first expansion with per-link rules: only expressible with @cypher",
  },
  {
    id: "search",
    title: "search",
    kind: "lookup",
    project: (p) => ({
      query: "query Search($text: String!) { search(text: $text) { id label type score } }",
      variables: { text: p.searchText },
    }),
    floor: {
      statement: "bench/search",
      params: (p) => ({ ...searchParams(p.searchText), labels: null, candidates: 100, first: 10 }),
    },
    peer: (p) => ({
      query: "query Search($q: String!) { searchEntities(phrase: $q, first: 10) { edges { score node { id name } } } }",
      variables: { q: searchParams(p.searchText).wordQuery },
    }),
    peerNote:
      "the word index only, ranked by Lucene score (the project also reads whole names, and ranks exact names, beginnings, words and typos in that order)",
  },
  {
    id: "counts",
    title: "counts: the party × sector matrix of agreements",
    kind: "traversal",
    project: () => ({
      query: "query Counts { counts(of: AGREEMENTS, by: [PARTY, SECTOR]) { keys { dimension id label } count } }",
      variables: {},
    }),
    floor: { statement: "bench/counts", params: () => ({}) },
    peerMissing:
      "no grouping: @neo4j/graphql 7 counts one filtered set per request (`agreementsConnection(where:) { aggregate { count } }`), so the matrix takes a request per party and sector, or @cypher",
  },
];
