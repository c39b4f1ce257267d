MATCH (a:Record)-[r]->(b:Record)
WHERE r.origin IN ['seed', 'edit']
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, r.origin AS origin, properties(r) AS props
