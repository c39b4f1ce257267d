// Fragment: party-to-party chains between `a` and `b` (resolved before, by fragments/resolve-party)
// through agreements and initiatives. Each step is two relationships
// (party -> hub <- party), so at most 4 steps = 8 relationships; $maxLength = 2 * maxHops.
// A link counts as of $asOf: acts (not withdrawn or declined) and memberships (not ended, not mere
// attendance) dated on or before it by the party's own date, never the hub's; an undated one only
// when $undated (asOf is today or later). So a step exists only from the day both parties were in. $sectors: hubs must cover one of them
// (sub-sectors included). Every rule sits inside the pattern, checked per relationship (each
// link ends at its hub), so the search prunes as it goes and never falls back to trying every path.
// The date tests read each property once (`coalesce(r.date <= day, $undated)`: null when undated),
// which halves the database hits of the same test written with IS NULL ... OR.
// Unknown sectors are named, so that the API can say which; no search runs without both parties.
// {{props}}: each path node's projection (on `n`), with what the request's selection reads.
WITH a, b, CASE WHEN $sectors IS NULL THEN null ELSE COLLECT {
  MATCH (h:Entity)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector) WHERE s.id IN $sectors RETURN DISTINCT h.id
} END AS hubs,
  [id IN coalesce($sectors, []) WHERE NOT EXISTS { MATCH (s:Entity { id: id }) WHERE s:Sector }] AS unknownSectors
CALL (a, b, hubs, unknownSectors) {
  WITH a, b, hubs WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND size(unknownSectors) = 0
  MATCH p = ALL SHORTEST (a)-[r:ACTED_ON|MEMBER_OF WHERE
        ((type(r) = 'ACTED_ON' AND NOT r.act IN ['withdrew', 'declined']
          AND coalesce(r.date <= date($asOf), $undated))
      OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
          AND coalesce(r.since <= date($asOf), $undated)
          AND coalesce(r.until >= date($asOf), true)))
      AND (hubs IS NULL OR endNode(r).id IN hubs)]-{1,8}(b)
  WHERE length(p) <= $maxLength
  WITH p LIMIT $first
  RETURN collect([n IN nodes(p) | { labels: labels(n), props: {{props}} }]) AS paths
}
RETURN apoc.convert.toJson({ from: a.id, to: b.id, unknownSectors: unknownSectors, paths: paths }) AS json
