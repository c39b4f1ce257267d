// One page of the loaded nodes, by id after $after (keyset paging on the Record id constraint,
// so each page is an index range, never a rescan). $label: only nodes with it (null: all).
MATCH (n:Record)
WHERE n.id > $after AND ($label IS NULL OR $label IN labels(n))
RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ['Record', 'Entity']] AS labels, properties(n) AS props
ORDER BY n.id
LIMIT $limit
