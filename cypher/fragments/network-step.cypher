// Fragment: step {{i}} of the network out of the frontier (parties to hubs, or hubs to parties), taken
// only while {{i}} <= hops. A link holds on $asOf from the party's own date on (an undated one only
// when $undated: asOf is today or later); acts other than withdrew and declined, memberships other
// than attendance and not ended; {{hubInSectors}}: with $sectors, fragments/network-hub-in-sectors.
// $linkProperties: each link's own properties too (the exports keep them; GraphQL does not ask).
CALL (frontier, seen, hops) {
  UNWIND CASE WHEN {{i}} <= hops THEN frontier ELSE [] END AS x
  MATCH (x)-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
  WHERE ((type(r) = 'ACTED_ON' AND NOT r.act IN ['withdrew', 'declined']
           AND coalesce(r.date <= date($asOf), $undated))
      OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
           AND coalesce(r.since <= date($asOf), $undated)
           AND coalesce(r.until >= date($asOf), true)))
    {{hubInSectors}}
  RETURN collect({ source: startNode(r).id, target: endNode(r).id, type: type(r), key: r.key, label: coalesce(r.act, r.kind), props: CASE WHEN $linkProperties THEN properties(r) END,
                   id: y.id, labels: labels(y), name: y.name }) AS found,
         collect(DISTINCT CASE WHEN NOT y.id IN seen THEN y END) AS fresh
}
WITH c, hops, seen + [n IN fresh | n.id] AS seen, fresh AS frontier, steps + [found] AS steps
