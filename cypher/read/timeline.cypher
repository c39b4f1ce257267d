// Dated events: acts on agreements, memberships beginning, initiatives launched.
CALL () {
  MATCH (p:Party)-[r:ACTED_ON]->(a:Agreement)
  WHERE ($party IS NULL OR p.id = $party)
    AND ($initiative IS NULL OR EXISTS { (a)-[:ESTABLISHES|IMPLEMENTS]->(:Entity { id: $initiative }) })
    AND ($sector IS NULL OR EXISTS { (a)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) })
    AND r.act <> 'declined' AND coalesce(r.date, a.signedOn) IS NOT NULL
  WITH a, r.act AS act, coalesce(r.date, a.signedOn) AS date,
       coalesce(r.datePrecision, a.signedOnPrecision) AS precision, collect(p.id) AS parties,
       collect(r.sources) AS sourceLists
  RETURN date, precision, toUpper(act) AS kind, a.name AS label, a.id AS agreement, null AS initiative,
         parties, sourceLists
  UNION ALL
  MATCH (p:Party)-[m:MEMBER_OF]->(i:Initiative)
  WHERE m.since IS NOT NULL AND ($party IS NULL OR p.id = $party)
    AND ($initiative IS NULL OR i.id = $initiative)
    AND ($sector IS NULL OR EXISTS { (i)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) })
  WITH i, m.kind AS kind, m.since AS date, m.sincePrecision AS precision, collect(p.id) AS parties,
       collect(m.sources) AS sourceLists
  RETURN date, precision, toUpper(replace(kind, '-', '_')) AS kind, i.name AS label, null AS agreement,
         i.id AS initiative, parties, sourceLists
  UNION ALL
  MATCH (i:Initiative)
  WHERE i.launchedOn IS NOT NULL
    AND ($party IS NULL OR EXISTS { (:Entity { id: $party })-[:MEMBER_OF]->(i) })
    AND ($initiative IS NULL OR i.id = $initiative)
    AND ($sector IS NULL OR EXISTS { (i)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) })
  RETURN i.launchedOn AS date, i.launchedOnPrecision AS precision, 'LAUNCHED' AS kind, i.name AS label,
         null AS agreement, i.id AS initiative, [] AS parties, [i.sources] AS sourceLists
}
WITH *
WHERE ($from IS NULL OR date >= date($from)) AND ($to IS NULL OR date <= date($to))
RETURN date, precision, kind, label, agreement, initiative, parties,
       reduce(all = [], list IN sourceLists | all + [s IN list WHERE NOT s IN all]) AS sources
ORDER BY date, label, kind
LIMIT $first
