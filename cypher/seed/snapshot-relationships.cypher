// The provenance stamps are left out of props: the files never hold them.
MATCH (a:Record)-[r]->(b:Record)
WHERE r.origin IN ['seed', 'edit']
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, r.origin AS origin,
       apoc.map.removeKeys(properties(r), ['firstSeen', 'updatedAt']) AS props
