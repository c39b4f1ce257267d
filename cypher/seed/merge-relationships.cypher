// $rows: [{ type, from, to, key, props }]; `key` tells apart parallel relationships.
// The provenance stamps (firstSeen, updatedAt) survive the replacement; src/provenance writes them.
UNWIND $rows AS row
MATCH (a:Record { id: row.from })
MATCH (b:Record { id: row.to })
MERGE (a)-[r:$(row.type) { key: row.key }]->(b)
WITH r, row, r { .firstSeen, .updatedAt } AS stamps
SET r = row.props
SET r += stamps
