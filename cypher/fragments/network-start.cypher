// Fragment: the network's centre ($center: any entity id, or a party's alpha-2 or alpha-3 code) and
// its first ring when it is neither a party nor a hub (a person, a sector...): its own links, then
// the alliance network of the hubs among them. A party-to-party step is two relationships.
// $linkProperties: each link's own properties too (the exports keep them; GraphQL does not ask).
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
  RETURN collect({ source: startNode(r).id, target: endNode(r).id, type: type(r), key: r.key, label: coalesce(r.act, r.kind), props: CASE WHEN $linkProperties THEN properties(r) END,
                   id: y.id, labels: labels(y), name: y.name }) AS ring,
         collect(DISTINCT CASE WHEN y:Agreement OR y:Initiative THEN y END) AS ringHubs
}
WITH c, hops, [c.id] + [x IN ring | x.id] AS seen, CASE WHEN ringFirst THEN ringHubs ELSE [c] END AS frontier, [ring] AS steps
