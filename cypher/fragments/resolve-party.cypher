// Fragment: the party that ${{param}} names (an organization id, or an alpha-2 or alpha-3 code in any
// case) as {{var}}, null when none; each branch is index-backed.
CALL () {
  CALL () {
    MATCH (p:Entity { id: ${{param}} }) WHERE p:Party RETURN p
    UNION
    MATCH (p:Entity { id: toUpper(${{param}}) }) WHERE p:Country RETURN p
    UNION
    MATCH (p:Country { iso3: toUpper(${{param}}) }) RETURN p
  }
  RETURN collect(p)[0] AS {{var}}
}
