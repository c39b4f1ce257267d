// What-if for shortestPaths: the older form of read/shortest-paths, allShortestPaths with the
// link rules in WHERE. Neo4j plans it with the bidirectional ShortestPath operator, which is
// cheaper when the shortest paths pass the rules, but falls back to trying every path when they
// do not (why read/shortest-paths moved the rules into the pattern).
MATCH (a:Entity { id: $from }), (b:Entity { id: $to })
MATCH p = allShortestPaths((a)-[:ACTED_ON|MEMBER_OF*..8]-(b))
WHERE length(p) <= $maxLength
  AND all(r IN relationships(p) WHERE
        (type(r) = 'ACTED_ON' AND r.act <> 'withdrew'
          AND coalesce(r.date, endNode(r).signedOn, date($asOf)) <= date($asOf))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
          AND coalesce(r.since, date($asOf)) <= date($asOf)
          AND (r.until IS NULL OR r.until >= date($asOf))))
RETURN length(p) / 2 AS length, [n IN nodes(p) | coalesce(n.title, n.name)] AS names
LIMIT $first
