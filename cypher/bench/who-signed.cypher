// Floor of `agreement(id:) { signatures { person { name } capacity onBehalfOf { name } } }`.
MATCH (a:Entity { id: $id })
WHERE a:Agreement
RETURN a.id AS id, COLLECT {
  MATCH (a)<-[s:SIGNED]-(p:Person)
  OPTIONAL MATCH (party:Entity { id: s.onBehalfOf })
  RETURN { person: p.name, capacity: s.capacity, onBehalfOf: party.name }
} AS signatures
