// $rows: [{ id, labels, props }]; props replace what the seed wrote before.
UNWIND $rows AS row
MERGE (n:Record { id: row.id })
SET n = row.props
SET n:$(row.labels)
