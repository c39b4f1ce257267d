// Fragment: the agreements Query.agreements lists, filtered and in order, as `matched`. Every filter
// is optional (null = no condition); parties arrive resolved to ids.
MATCH (a:Agreement)
WHERE ($parties IS NULL OR all(pid IN $parties WHERE EXISTS { (a)<-[r:ACTED_ON]-(:Entity { id: pid }) WHERE r.act <> 'declined' }))
  AND ($signatory IS NULL OR EXISTS { (a)<-[:SIGNED]-(:Entity { id: $signatory }) })
  AND ($sector IS NULL OR EXISTS { (a)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) })
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($initiative IS NULL OR EXISTS { (a)-[:ESTABLISHES|IMPLEMENTS]->(:Entity { id: $initiative }) })
  AND ($signedFrom IS NULL OR a.signedOn >= date($signedFrom))
  AND ($signedTo IS NULL OR a.signedOn <= date($signedTo))
  AND ($words IS NULL OR all(word IN $words WHERE a.searchText CONTAINS word))
WITH a
ORDER BY
  CASE $order WHEN 'SIGNED_ON_ASC' THEN a.signedOn END ASC,
  CASE $order WHEN 'SIGNED_ON_DESC' THEN a.signedOn END DESC,
  a.title, a.id
WITH collect(a) AS matched
