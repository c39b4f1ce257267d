// One audit record per edit, written in the edit's own transaction. $kind, $record (JSON) and
// $adds (the list an addition adds to, or null) keep the edit in seed form, for the seeds export.
CREATE (e:AuditEntry {
  id: $id, at: datetime(), holder: $holder, action: $action, target: $target,
  before: $before, after: $after, kind: $kind, record: $record, adds: $adds
})
RETURN e.id AS id, toString(e.at) AS at
