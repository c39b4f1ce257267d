// The first ring around an entity that is neither a party nor a hub (a person, a sector...).
MATCH (x:Entity { id: $center })-[r]-(y:Entity)
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.key AS key,
       coalesce(r.act, r.kind) AS label, properties(r) AS props, y.id AS id, labels(y) AS labels, y.name AS name
