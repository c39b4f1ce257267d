// Floor of `agreement(id:) { id title kind signedOn }`: one index seek.
MATCH (a:Entity { id: $id })
WHERE a:Agreement
RETURN a.id AS id, a.title AS title, a.kind AS kind, a.signedOn AS signedOn
