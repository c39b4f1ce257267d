// Fragment: a party by organization id, or by alpha-2 or alpha-3 code in any case ($id); each
// branch is index-backed.
CALL {
  MATCH (p:Entity { id: $id }) WHERE p:Party RETURN p
  UNION
  MATCH (p:Entity { id: toUpper($id) }) WHERE p:Country RETURN p
  UNION
  MATCH (p:Country { iso3: toUpper($id) }) RETURN p
}
WITH p AS {{var}}
LIMIT 1
RETURN {{node}} AS root
