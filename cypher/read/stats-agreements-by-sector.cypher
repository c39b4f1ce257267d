// Agreements per sector for `stats`, sub-sectors included (as Sector.agreements counts them): an
// agreement covering machine learning counts for artificial intelligence too, once.
MATCH (a:Agreement)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector)
WITH s, count(DISTINCT a) AS count
RETURN labels(s) AS labels, properties(s) AS props, count
ORDER BY count DESC, s.name
