// A restore's batch of relationships. $rows: [{ type, from, to, props }], between Records that
// earlier batches (or this one) created.
UNWIND $rows AS row
MATCH (a:Record { id: row.from })
MATCH (b:Record { id: row.to })
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(*) AS created
