// The relationships that leave one page of nodes (by id after $after), each with its kind,
// ends and properties (dates, precision, sources). `cursor` is the page's last node id: the next
// $after. A node without such relationships gives one row with a null type, skipped by the caller.
// $type: only relationships of that type (null: all).
MATCH (a:Record) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
WITH collect(a) AS page
UNWIND page AS a
OPTIONAL MATCH (a)-[r]->(b:Record) WHERE $type IS NULL OR type(r) = $type
WITH page, a, r, b ORDER BY a.id, type(r), r.key, b.id
RETURN page[-1].id AS cursor, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
