// Fragment: step {{i}} of the network out of the frontier (parties to hubs, or hubs to parties), taken
// only while {{i}} <= hops. A link holds on $asOf from the party's own date on (an undated one only
// when $undated: asOf is today or later); acts other than withdrew and declined, memberships other
// than attendance and not ended; {{hubInSectors}}: with $sectors, fragments/network-hub-in-sectors.
// Links and nodes as lists, as in fragments/network-start; a node only when first found. A link back
// to the previous step's frontier (`prev`) was listed there already: each link is listed once, which
// halves the JSON of a network at depth 2. Each property is read once (the frontier's id per frontier
// node, the link's properties as one map, the far node's id): reading them where each was needed
// took a fifth longer.
CALL (frontier, prev, seen, hops) {
  UNWIND CASE WHEN {{i}} <= hops THEN frontier ELSE [] END AS x
  WITH x, x.id AS xid, date($asOf) AS at
  MATCH (x)-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
  WHERE NOT y IN prev
    {{hubInSectors}}
  WITH x, xid, at, r, y, r { .act, .kind, .date, .since, .until, .key } AS p
  WHERE (type(r) = 'ACTED_ON' AND NOT p.act IN ['withdrew', 'declined'] AND coalesce(p.date <= at, $undated))
     OR (type(r) = 'MEMBER_OF' AND p.kind <> 'attended' AND coalesce(p.since <= at, $undated)
         AND coalesce(p.until >= at, true))
  WITH x, xid, r, y, p, y.id AS yid
  RETURN collect(CASE WHEN startNode(r) = x THEN [xid, yid] ELSE [yid, xid] END + [type(r), p.key]
                 + CASE WHEN $linkLabels THEN [coalesce(p.act, p.kind)] ELSE [] END
                 + CASE WHEN $linkProperties THEN [properties(r)] ELSE [] END) AS found,
         collect(DISTINCT CASE WHEN NOT yid IN seen THEN y END) AS fresh
}
WITH c, hops, seen + [n IN fresh | n.id] AS seen, fresh AS frontier, frontier AS prev, steps + [found] AS steps,
     nodes + [n IN fresh | [n.id] + CASE WHEN $nodeDetails THEN [{{nodeKind}}, n.name] ELSE [] END] AS nodes
