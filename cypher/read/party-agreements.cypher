// Party.agreements for many parties at once; $keys: [{ id, skip, limit }].
UNWIND $keys AS key
MATCH (p:Entity { id: key.id })-[act:ACTED_ON]->(a:Agreement)
WHERE act.act <> 'declined'
WITH key, a
ORDER BY a.signedOn DESC, a.title
WITH key, collect(DISTINCT a) AS matched
RETURN key.id AS id, size(matched) AS total,
       [a IN matched[key.skip..key.skip + key.limit] | { labels: labels(a), props: properties(a) }] AS page
