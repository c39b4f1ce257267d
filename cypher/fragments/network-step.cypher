// Fragment: step {{i}} of the network out of the frontier (parties to hubs, or hubs to parties), taken
// only while {{i}} <= hops. A link holds on $asOf from the party's own date on (an undated one only
// when $undated: asOf is today or later); acts other than withdrew and declined, memberships other
// than attendance and not ended; {{hubInSectors}}: with $sectors, fragments/network-hub-in-sectors.
// Links and nodes as lists, as in fragments/network-start; a node only when first found. A link back
// to the previous step's frontier (`prev`) was listed there already: each link is listed once, which
// halves the JSON of a network at depth 2.
CALL (frontier, prev, seen, hops) {
  UNWIND CASE WHEN {{i}} <= hops THEN frontier ELSE [] END AS x
  MATCH (x)-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
  WHERE ((type(r) = 'ACTED_ON' AND NOT r.act IN ['withdrew', 'declined']
           AND coalesce(r.date <= date($asOf), $undated))
      OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
           AND coalesce(r.since <= date($asOf), $undated)
           AND coalesce(r.until >= date($asOf), true)))
    AND NOT y IN prev
    {{hubInSectors}}
  RETURN collect([startNode(r).id, endNode(r).id, type(r), r.key, coalesce(r.act, r.kind)]
                 + CASE WHEN $linkProperties THEN [properties(r)] ELSE [] END) AS found,
         collect(DISTINCT CASE WHEN NOT y.id IN seen THEN y END) AS fresh
}
WITH c, hops, seen + [n IN fresh | n.id] AS seen, fresh AS frontier, frontier AS prev, steps + [found] AS steps,
     nodes + [n IN fresh | [n.id, labels(n), n.name]] AS nodes
