MATCH (s:Sector)
WHERE NOT (s)-[:SUBSECTOR_OF]->()
RETURN properties(s) AS props
ORDER BY s.name
