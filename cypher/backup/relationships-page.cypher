// The relationships that leave one page of Records (by id after $after), each property as
// [key, Cypher type, value]. `cursor` is the page's last id: the next $after. A Record without
// relationships gives one row with a null type, which the caller skips.
MATCH (a:Record) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
WITH collect(a) AS page
UNWIND page AS a
OPTIONAL MATCH (a)-[r]->(b:Record)
WITH page, a, r, b ORDER BY a.id, type(r), r.key, b.id
RETURN page[-1].id AS cursor, a.id AS from, type(r) AS type, b.id AS to,
       CASE WHEN r IS NULL THEN [] ELSE [k IN keys(r) | [k, valueType(r[k]), r[k]]] END AS props
