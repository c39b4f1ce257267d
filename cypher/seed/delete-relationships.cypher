UNWIND $rows AS row
MATCH (a:Record { id: row.from })-[r:$(row.type) { key: row.key }]->(b:Record { id: row.to })
WHERE r.origin = 'seed'
DELETE r
