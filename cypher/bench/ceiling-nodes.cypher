// The load ceiling: a plain UNWIND ... CREATE of the same node rows (the pipeline MERGEs them).
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
