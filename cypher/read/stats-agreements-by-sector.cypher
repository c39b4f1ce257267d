MATCH (a:Agreement)-[:COVERS]->(s:Sector)
WITH s, count(DISTINCT a) AS count
RETURN labels(s) AS labels, properties(s) AS props, count
ORDER BY count DESC, s.name
