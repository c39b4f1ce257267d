// $ids: entity ids; answers only those that exist.
UNWIND $ids AS id
MATCH (n:Entity { id: id })
RETURN id, labels(n) AS labels, properties(n) AS props
