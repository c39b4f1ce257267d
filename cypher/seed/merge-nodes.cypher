// $rows: [{ id, labels, props }]; props replace what the seed wrote before, except the
// provenance stamps (firstSeen, updatedAt), which src/provenance writes after the merge.
UNWIND $rows AS row
MERGE (n:Record { id: row.id })
WITH n, row, n { .firstSeen, .updatedAt } AS stamps
SET n = row.props
SET n += stamps
SET n:$(row.labels)
