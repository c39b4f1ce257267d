UNWIND $ids AS id
MATCH (n:Record { id: id })<-[r]-(m:Record)
WHERE type(r) = $type
RETURN id, properties(r) AS rel, labels(m) AS labels, properties(m) AS props
ORDER BY id, r.position, coalesce(r.date, r.since, m.signedOn), m.name, m.id
