// A restore's batch of nodes. $rows: [{ labels, props }]; the database was empty, and a batch is
// never written twice (its progress marker commits with it), so CREATE, not MERGE.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN count(*) AS created
