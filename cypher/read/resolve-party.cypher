// A party by organization id, or by alpha-2 or alpha-3 code in any case; each branch is index-backed.
CALL {
  MATCH (p:Entity { id: $id }) WHERE p:Party RETURN p
  UNION
  MATCH (p:Entity { id: toUpper($id) }) WHERE p:Country RETURN p
  UNION
  MATCH (p:Country { iso3: toUpper($id) }) RETURN p
}
RETURN p.id AS id, labels(p) AS labels, properties(p) AS props
LIMIT 1
