// Fragment: in fragments/network-step, only when `sectors` is given: a step reaches a party, or a
// hub covering one of $sectors or a sub-sector (written only then, since `$sectors IS NULL OR ...`
// costs the step more than the test itself).
AND (y:Party OR EXISTS { (y)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector) WHERE s.id IN $sectors })
