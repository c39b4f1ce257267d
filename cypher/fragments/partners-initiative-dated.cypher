// Fragment: in fragments/partners-of, after the party's memberships (m1) of an initiative hub, when
// the selection reads dates or links: one row per partner and hub, with each party's earliest date
// and its sources, and the agreements that establish the initiative (read from the few initiatives).
WITH p, hub, min(CASE WHEN $partnersDates THEN m1.since END) AS partySince, collect(CASE WHEN $partnersSources THEN m1.sources END) AS partySources
WITH p, hub, partySince, partySources, [(a:Agreement)-[:ESTABLISHES]->(hub) | a] AS establishedBy
CALL (p, hub) {
  MATCH (hub)<-[m2:MEMBER_OF]-(q:Party)
  WHERE q <> p AND m2.kind <> 'attended'
  RETURN q, min(CASE WHEN $partnersDates THEN m2.since END) AS partnerSince,
         collect(CASE WHEN $partnersSources THEN m2.sources END) AS partnerSources
}
RETURN q, hub, true AS initiative, establishedBy, partySince, partySources, partnerSince, partnerSources
