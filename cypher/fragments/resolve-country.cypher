// Fragment: the country that $code names (alpha-2, the id, or alpha-3, any case) as {{var}}, or null.
CALL () {
  CALL () {
    MATCH (c:Entity { id: toUpper($code) }) WHERE c:Country RETURN c
    UNION
    MATCH (c:Country { iso3: toUpper($code) }) RETURN c
  }
  RETURN collect(c)[0] AS {{var}}
}
