// Floor of `counts(of: AGREEMENTS, by: [PARTY, SECTOR])` (the country × sector matrix): the very
// statement the project composes from cypher/fragments/counts/, sent raw (tests/unit/counts-statement.test.ts
// checks that they stay the same).
MATCH (item:Agreement)
WITH item, item AS hub, item.signedOn AS day, item.signedOnPrecision AS dayPrecision, item.kind AS kind
WITH *, COLLECT { MATCH (item)<-[r:ACTED_ON]-(p:Party) WHERE r.act <> 'declined' RETURN DISTINCT p } AS parties
CALL (hub) {
  MATCH (hub)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector)
  RETURN DISTINCT s AS s1
}
WITH *, { dimension: 'SECTOR', id: s1.id, label: s1.name } AS k1
UNWIND parties AS p0
WITH *, { dimension: 'PARTY', id: p0.id, label: p0.name } AS k0
WITH [k0, k1] AS keys, count(DISTINCT item) AS count
RETURN keys, count
ORDER BY [k IN keys | CASE WHEN k.dimension IN ['YEAR', 'MONTH'] THEN k.id ELSE k.label END]
