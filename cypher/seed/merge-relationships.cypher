// $rows: [{ type, from, to, key, props }]; `key` tells apart parallel relationships.
UNWIND $rows AS row
MATCH (a:Record { id: row.from })
MATCH (b:Record { id: row.to })
MERGE (a)-[r:$(row.type) { key: row.key }]->(b)
SET r = row.props
