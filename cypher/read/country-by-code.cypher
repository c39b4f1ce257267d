// country(code:): alpha-2 (the id) or alpha-3, any case.
CALL {
  MATCH (c:Entity { id: toUpper($code) }) WHERE c:Country RETURN c
  UNION
  MATCH (c:Country { iso3: toUpper($code) }) RETURN c
}
RETURN labels(c) AS labels, properties(c) AS props
LIMIT 1
