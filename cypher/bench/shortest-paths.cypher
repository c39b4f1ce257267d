// Floor of `shortestPaths(from:, to:)`: read/shortest-paths itself (ALL SHORTEST with the link
// rules inside the pattern), with the parties' ids known and no sector filter, returning only
// what a path step shows.
MATCH (a:Entity { id: $from }), (b:Entity { id: $to })
MATCH p = ALL SHORTEST (a)-[r:ACTED_ON|MEMBER_OF WHERE
        (type(r) = 'ACTED_ON' AND r.act <> 'withdrew'
          AND coalesce(r.date, endNode(r).signedOn, date($asOf)) <= date($asOf))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
          AND coalesce(r.since, date($asOf)) <= date($asOf)
          AND (r.until IS NULL OR r.until >= date($asOf)))]-{1,8}(b)
WHERE length(p) <= $maxLength
RETURN length(p) / 2 AS length, [n IN nodes(p) | coalesce(n.title, n.name)] AS names
LIMIT $first
