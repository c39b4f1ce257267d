// Floor of `party(id:) { partners(sector:) { partner { name } strength } }` for one party: the
// same link rules as read/partners, but the sector and its sub-sectors are looked up once, and
// each hub is checked against them once, before expanding from the hub to its other parties.
MATCH (p:Entity { id: $id })
WHERE p:Party
CALL () {
  MATCH (s:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector })
  RETURN collect(DISTINCT s) AS sectors
}
CALL (p, sectors) {
  MATCH (p)-[r1:ACTED_ON]->(hub:Agreement)
  WHERE r1.act <> 'withdrew' AND EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors }
  MATCH (hub)<-[r2:ACTED_ON]-(q:Party)
  WHERE q <> p AND r2.act <> 'withdrew'
  RETURN q, hub
  UNION
  MATCH (p)-[m1:MEMBER_OF]->(hub:Initiative)
  WHERE m1.kind <> 'attended' AND EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors }
  MATCH (hub)<-[m2:MEMBER_OF]-(q:Party)
  WHERE q <> p AND m2.kind <> 'attended'
  RETURN q, hub
}
WITH q, count(DISTINCT hub) AS strength
RETURN q.name AS partner, strength
ORDER BY strength DESC, partner
LIMIT $first
