// Fragment: how many relationships of {{pattern}} from {{near}} meet {{holds}} and {{where}}, as `total`.
CALL ({{near}}) {
  MATCH {{pattern}}
  WHERE {{holds}} AND {{where}}
  RETURN count(*) AS total
}
