// Fragment: in fragments/partners-of, after the party's acts (r1) on an agreement hub, when the
// selection reads only partners and strength: one row per partner and hub, without the dates and
// sources the grouping per hub would cost (measured on the benchmark's scale 1: 13% of the statement).
WITH DISTINCT p, hub
MATCH (hub)<-[r2:ACTED_ON]-(q:Party)
WHERE q <> p AND NOT r2.act IN ['withdrew', 'declined']
RETURN DISTINCT q, hub, false AS initiative, [] AS establishedBy
