// The party graph's raw material: each party with the agreements and initiatives it takes part
// in as of $asOf, by the link rules of partners.cypher and network-step.cypher: acts other than
// withdrew and declined, memberships other than attended and not ended, each by the party's own
// date (never the hub's); an undated one only when $undated (asOf is today or later). Two
// parties are linked from the later of their own dates, so a pair shares a hub once both hold it.
// $sector: only hubs that cover it or a sub-sector. src/api/party-graph.ts builds the links
// from these rows, for both engines (analytics/project hands them to GDS).
CALL () {
  RETURN CASE WHEN $sector IS NULL THEN null ELSE COLLECT {
    MATCH (s:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) RETURN DISTINCT s
  } END AS sectors
}
MATCH (p:Party)-[r:ACTED_ON|MEMBER_OF]->(hub:Agreement|Initiative)
WHERE ((type(r) = 'ACTED_ON' AND NOT r.act IN ['withdrew', 'declined']
         AND coalesce(r.date <= date($asOf), $undated))
    OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
         AND coalesce(r.since <= date($asOf), $undated)
         AND coalesce(r.until >= date($asOf), true)))
  AND (sectors IS NULL OR EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors })
WITH p, collect(DISTINCT hub.id) AS hubs
RETURN p.id AS id, hubs
ORDER BY id
