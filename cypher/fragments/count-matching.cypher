// Fragment: how many nodes {{matching}} (a MATCH ... WHERE on {{var}}) finds, as `total`.
CALL () {
  {{matching}}
  RETURN count({{var}}) AS total
}
