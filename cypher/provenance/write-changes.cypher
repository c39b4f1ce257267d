// The change log: one Change per fact a load or an edit created, updated or deleted (or one
// LOADED change for a first load), in the writing transaction, so it is there exactly when the
// facts are. $changes: [{ seq, action, fact: { id, type, from, to, key }, factKind, before, after, factCount }]
// (before and after as JSON text); $by: { editor, audit, load, revision } (each may be null).
UNWIND $changes AS change
CREATE (c:Change {
  id: randomUUID(), at: datetime.transaction(), seq: change.seq, action: change.action,
  factId: change.fact.id, factType: change.fact.type, factFrom: change.fact.from, factTo: change.fact.to,
  factKey: change.fact.key, factKind: change.factKind, before: change.before, after: change.after,
  factCount: change.factCount, editor: $by.editor, audit: $by.audit, load: $by.load, revision: $by.revision
})
