/** The benchmark's read operations as GraphQL requests, [name, query]: what the load test and the soak send in turn. */
export const READ_MIX: Array<[string, string]> = [
  ["point lookup", '{ country(code: "IL") { name iso3 region } }'],
  [
    "who signed",
    '{ agreement(id: "us-israel-ai-declaration-2026") { signatures { person { name } capacity onBehalfOf { name } } } }',
  ],
  [
    "partners in a sector",
    '{ country(code: "IL") { partners(sector: "semiconductors") { partner { name } strength } } }',
  ],
  [
    "page of 100 agreements",
    "{ agreements(first: 100) { edges { node { title parties { name } signatures { person { name } } sectors { sector { name } } } } } }",
  ],
  ["shortest paths", '{ shortestPaths(from: "IL", to: "JP") { length steps { from { name } to { name } } } }'],
  ["network depth 2", '{ network(center: "IL", depth: 2) { nodes { id } edges { id } } }'],
  ["search", '{ search(text: "états") { id label } }'],
];
