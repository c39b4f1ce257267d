// One audit record per edit, written in the edit's own transaction.
CREATE (e:AuditEntry {
  id: $id, at: datetime(), holder: $holder, action: $action, target: $target,
  before: $before, after: $after
})
RETURN e.id AS id, toString(e.at) AS at
