MATCH (a:Record)-[r]->(b:Record)
WHERE r.origin = 'seed'
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, properties(r) AS props
