// The audit trail is read newest first, often for one target.
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.target, e.at)
