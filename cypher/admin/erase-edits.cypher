// Removes what edits wrote, the audit trail and the edits' changes (tests restore the curated graph with it).
CALL () { MATCH ()-[r]->() WHERE r.origin = 'edit' DELETE r }
CALL () { MATCH (n:Record) WHERE n.origin = 'edit' DETACH DELETE n }
CALL () { MATCH (e:AuditEntry) DELETE e }
CALL () { MATCH (c:Change) WHERE c.editor IS NOT NULL DELETE c }
