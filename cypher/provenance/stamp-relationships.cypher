// Provenance stamps on the relationships a load or an edit just wrote (see stamp-nodes).
// $rows: [{ type, from, to, key, created }].
UNWIND $rows AS row
MATCH (:Record { id: row.from })-[r:$(row.type) { key: row.key }]->(:Record { id: row.to })
SET r.updatedAt = datetime.transaction(),
    r.firstSeen = CASE WHEN row.created THEN datetime.transaction() ELSE r.firstSeen END
