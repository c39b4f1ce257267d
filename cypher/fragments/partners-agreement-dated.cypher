// Fragment: in fragments/partners-of, after the party's acts (r1) on an agreement hub, when the
// selection reads dates or links: one row per partner and hub, with each party's earliest date and
// its sources on the hub (grouped per hub, so a partner's several acts on one hub make one row).
WITH p, hub, min(CASE WHEN $partnersDates THEN r1.date END) AS partySince, collect(CASE WHEN $partnersSources THEN r1.sources END) AS partySources
CALL (p, hub) {
  MATCH (hub)<-[r2:ACTED_ON]-(q:Party)
  WHERE q <> p AND NOT r2.act IN ['withdrew', 'declined']
  // Several acts of the partner on one hub (signed, then ratified): its earliest date.
  RETURN q, min(CASE WHEN $partnersDates THEN r2.date END) AS partnerSince,
         collect(CASE WHEN $partnersSources THEN r2.sources END) AS partnerSources
}
RETURN q, hub, false AS initiative, [] AS establishedBy, partySince, partySources, partnerSince, partnerSources
