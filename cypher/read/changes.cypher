// The change log from $since (an ISO instant) on, oldest first, so that offsets stay valid while
// new changes arrive: a page ($skip, $limit) and how many there are.
MATCH (c:Change)
WHERE c.at >= datetime($since)
WITH c ORDER BY c.at, c.seq, c.id
WITH collect(c) AS matched
RETURN size(matched) AS total, [c IN matched[$skip..$skip + $limit] | properties(c)] AS page
