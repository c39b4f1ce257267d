// Fragment: in fragments/partners-of, after the party's memberships (m1) of an initiative hub, when
// the selection reads only partners and strength: one row per partner and hub, with the agreements
// that establish the initiative, and no dates or sources.
WITH DISTINCT p, hub
WITH p, hub, [(a:Agreement)-[:ESTABLISHES]->(hub) | a] AS establishedBy
MATCH (hub)<-[m2:MEMBER_OF]-(q:Party)
WHERE q <> p AND m2.kind <> 'attended'
RETURN DISTINCT q, hub, true AS initiative, establishedBy
