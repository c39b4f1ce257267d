// What the cached party graphs are keyed on: the checksum of the seeds loaded last and the
// number of audited edits since (an edit adds one AuditEntry). Either changing means new data.
OPTIONAL MATCH (m:Meta { id: 'dataset' })
RETURN coalesce(m.checksum, 'none') AS checksum, COUNT { (:AuditEntry) } AS audits
