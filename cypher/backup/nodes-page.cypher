// One page of the nodes of one kind ($label: Record, Meta, AuditEntry or Change), by id after $after, each
// property as [key, Cypher type, value]: the type lets a restore write back what was there (an
// INTEGER, a DATE, a ZONED DATETIME), not what JSON made of it. The live revision marker is left out.
MATCH (n:$($label))
WHERE n.id > $after AND NOT (n:Meta AND n.id = 'revision')
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props
