// Fragment: the nodes of one list (countries, organizations, people, initiatives, sources) as
// {{var}}, labelled {{label}} (from the filter plan): the `filter:` argument's conditions (each
// optional, null = no condition) and {{where}}, the compiled `where:` argument.
MATCH ({{var}}:{{label}})
WHERE ($region IS NULL OR {{var}}.region = $region)
  AND ($words IS NULL OR all(word IN $words WHERE {{var}}.searchText CONTAINS word))
  AND ($memberOf IS NULL OR EXISTS { ({{var}})-[m:MEMBER_OF]->(:Entity { id: $memberOf }) WHERE m.kind <> 'attended' })
  AND ($worksFor IS NULL OR EXISTS { ({{var}})-[:HELD_POSITION]->(:Entity { id: $worksFor }) })
  AND {{where}}
