// Fragment: the agreements Query.agreements lists, as {{var}}: the `filter:` argument's conditions
// (each optional, null = no condition; parties arrive resolved to ids) and {{where}}, the compiled
// `where:` argument.
MATCH ({{var}}:Agreement)
WHERE ($parties IS NULL OR all(pid IN $parties WHERE EXISTS { ({{var}})<-[r:ACTED_ON]-(:Entity { id: pid }) WHERE r.act <> 'declined' }))
  AND ($signatory IS NULL OR EXISTS { ({{var}})<-[:SIGNED]-(:Entity { id: $signatory }) })
  AND ($sector IS NULL OR EXISTS { ({{var}})-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) })
  AND ($kind IS NULL OR {{var}}.kind = $kind)
  AND ($initiative IS NULL OR EXISTS { ({{var}})-[:ESTABLISHES|IMPLEMENTS]->(:Entity { id: $initiative }) })
  AND ($signedFrom IS NULL OR {{var}}.signedOn >= date($signedFrom))
  AND ($signedTo IS NULL OR {{var}}.signedOn <= date($signedTo))
  AND ($words IS NULL OR all(word IN $words WHERE {{var}}.searchText CONTAINS word))
  AND {{where}}
