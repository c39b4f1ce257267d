// Party-to-party chains through agreements and initiatives. Each step is two relationships
// (party -> hub <- party), so at most 4 steps = 8 relationships; $maxLength = 2 * maxHops.
// A link counts as of $asOf: acts not withdrawn and dated on or before it; memberships begun
// on or before it, not ended, and not mere attendance. $sectors: hubs must cover one of them.
MATCH (a:Entity { id: $from }), (b:Entity { id: $to })
MATCH p = allShortestPaths((a)-[:ACTED_ON|MEMBER_OF*..8]-(b))
WHERE length(p) <= $maxLength
  AND all(r IN relationships(p) WHERE
        (type(r) = 'ACTED_ON' AND r.act <> 'withdrew'
          AND coalesce(r.date, endNode(r).signedOn, date($asOf)) <= date($asOf))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
          AND coalesce(r.since, date($asOf)) <= date($asOf)
          AND (r.until IS NULL OR r.until >= date($asOf))))
  AND ($sectors IS NULL OR all(hub IN [i IN range(1, length(p) - 1, 2) | nodes(p)[i]] WHERE
        EXISTS { (hub)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector) WHERE s.id IN $sectors }))
RETURN [n IN nodes(p) | { labels: labels(n), props: properties(n) }] AS nodes
LIMIT $first
