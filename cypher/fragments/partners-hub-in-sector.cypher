// Fragment: in fragments/partners-of, only when a sector is asked for: the hub covers it or one of
// its sub-sectors (written into the statement only then, since `sectors IS NULL OR ...` costs more
// than the test itself).
AND EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors }
