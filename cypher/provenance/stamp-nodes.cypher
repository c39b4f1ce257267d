// Provenance stamps on the nodes a load or an edit just wrote: updatedAt on every change,
// firstSeen once, when the fact is created. $rows: [{ id, created }]. The transaction's own
// time, so every fact and change of one load or edit carries the same instant.
UNWIND $rows AS row
MATCH (n:Record { id: row.id })
SET n.updatedAt = datetime.transaction(),
    n.firstSeen = CASE WHEN row.created THEN datetime.transaction() ELSE n.firstSeen END
