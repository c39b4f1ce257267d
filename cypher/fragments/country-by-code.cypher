// Fragment: country(code:), by alpha-2 (the id) or alpha-3, any case ($code).
CALL {
  MATCH (c:Entity { id: toUpper($code) }) WHERE c:Country RETURN c
  UNION
  MATCH (c:Country { iso3: toUpper($code) }) RETURN c
}
WITH c AS {{var}}
LIMIT 1
RETURN {{node}} AS root
