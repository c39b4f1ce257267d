// Every audit entry, oldest first, with the edit in seed form where it was kept (src/export/write-seeds.ts).
MATCH (e:AuditEntry)
WITH e ORDER BY e.at, e.id
RETURN e { .*, at: toString(e.at) } AS entry
