// What a backup must hold: every node (by kind) and relationship. `strays` counts nodes of no
// known kind, and `looseRelationships` relationships not between two Records: a backup refuses both.
// The revision marker (Meta 'revision') stays with the live database and is not counted.
RETURN COUNT { MATCH (n:Record) } AS records,
       COUNT { MATCH (n:Meta) WHERE n.id <> 'revision' } AS metas,
       COUNT { MATCH (n:AuditEntry) } AS auditEntries,
       COUNT { MATCH (n:Change) } AS changes,
       COUNT { MATCH ()-[]->() } AS relationships,
       COUNT { MATCH (n) WHERE NOT (n:Record OR n:Meta OR n:AuditEntry OR n:Change) } AS strays,
       COUNT { MATCH (a)-[]->(b) WHERE NOT (a:Record AND b:Record) } AS looseRelationships,
       COUNT { MATCH (m:Meta { id: 'restore' }) } AS restoring
