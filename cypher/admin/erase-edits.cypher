// Removes what edits wrote and the audit trail (tests restore the curated graph with it).
CALL () { MATCH ()-[r]->() WHERE r.origin = 'edit' DELETE r }
CALL () { MATCH (n:Record) WHERE n.origin = 'edit' DETACH DELETE n }
CALL () { MATCH (e:AuditEntry) DELETE e }
