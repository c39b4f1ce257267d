// The load ceiling: a plain UNWIND ... CREATE of the same relationship rows, endpoints by id.
UNWIND $rows AS row
MATCH (a:Record { id: row.from })
MATCH (b:Record { id: row.to })
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
