// Sector.agreements for many sectors at once, sub-sectors included; $keys: [{ id, skip, limit }].
UNWIND $keys AS key
MATCH (a:Agreement)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: key.id })
WITH key, a
ORDER BY a.signedOn DESC, a.title
WITH key, collect(DISTINCT a) AS matched
RETURN key.id AS id, size(matched) AS total,
       [a IN matched[key.skip..key.skip + key.limit] | { labels: labels(a), props: properties(a) }] AS page
