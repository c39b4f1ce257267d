// Every property key on the loaded nodes and on the relationships between them, so that an
// export can declare its columns (GraphML keys, GEXF attributes, CSV headers) before it streams.
// $label / $type: only nodes with that label, only relationships of that type (null: all).
CALL () {
  MATCH (n:Record) WHERE $label IS NULL OR $label IN labels(n)
  UNWIND keys(n) AS key
  RETURN collect(DISTINCT key) AS nodeKeys
}
CALL () {
  MATCH (:Record)-[r]->(:Record) WHERE $type IS NULL OR type(r) = $type
  UNWIND keys(r) AS key
  RETURN collect(DISTINCT key) AS relationshipKeys
}
RETURN nodeKeys, relationshipKeys
