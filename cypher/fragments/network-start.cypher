// Fragment: the network's centre ($center: any entity id, or a party's alpha-2 or alpha-3 code) and
// its first ring when it is neither a party nor a hub (a person, a sector...): its own links, then
// the alliance network of the hubs among them. A party-to-party step is two relationships.
// Each link is a list, [source id, target id, type, key] (+ [label] with $linkLabels, + [its
// properties] with $linkProperties: the exports keep them, GraphQL does not ask), and each node
// found a list, [id] (+ [kind (fragments/kind, as {{ringNodeKind}}), name] with $nodeDetails),
// listed once, when first found: half the JSON of maps with their keys; a selection of ids alone
// (a dashboard's layout) gets a fifth less JSON. `prev` is the frontier before the current one (the
// centre, after its ring), whose links are listed already.
CALL {
  MATCH (c:Entity { id: $center }) RETURN c
  UNION
  MATCH (c:Entity { id: toUpper($center) }) WHERE c:Country RETURN c
  UNION
  MATCH (c:Country { iso3: toUpper($center) }) RETURN c
}
WITH c LIMIT 1
WITH c, CASE WHEN c:Party THEN 2 * $depth ELSE 2 * $depth - 1 END AS hops, NOT (c:Party OR c:Agreement OR c:Initiative) AS ringFirst
CALL (c, ringFirst) {
  OPTIONAL MATCH (c)-[r]-(y:Entity)
  WHERE ringFirst
  WITH r, y WHERE r IS NOT NULL
  RETURN collect([startNode(r).id, endNode(r).id, type(r), r.key]
                 + CASE WHEN $linkLabels THEN [coalesce(r.act, r.kind)] ELSE [] END
                 + CASE WHEN $linkProperties THEN [properties(r)] ELSE [] END) AS ring,
         collect(DISTINCT y) AS ringNodes,
         collect(DISTINCT CASE WHEN y:Agreement OR y:Initiative THEN y END) AS ringHubs
}
WITH c, hops, [c.id] + [y IN ringNodes | y.id] AS seen, CASE WHEN ringFirst THEN ringHubs ELSE [c] END AS frontier,
     CASE WHEN ringFirst THEN [c] ELSE [] END AS prev, [ring] AS steps, [y IN ringNodes WHERE y <> c | [y.id] + CASE WHEN $nodeDetails THEN [{{ringNodeKind}}, y.name] ELSE [] END] AS nodes
