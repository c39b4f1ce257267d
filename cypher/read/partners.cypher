// Party.partners for many parties: shared agreements (not withdrawn) and shared initiatives
// (attending without signing does not count); $sector includes its sub-sectors.
UNWIND $ids AS pid
MATCH (p:Entity { id: pid })
CALL (p) {
  MATCH (p)-[r1:ACTED_ON]->(hub:Agreement)<-[r2:ACTED_ON]-(q:Party)
  WHERE q <> p AND r1.act <> 'withdrew' AND r2.act <> 'withdrew'
    AND ($from IS NULL OR hub.signedOn >= date($from))
    AND ($to IS NULL OR hub.signedOn <= date($to))
  RETURN q, hub, hub.signedOn AS since
  UNION
  MATCH (p)-[m1:MEMBER_OF]->(hub:Initiative)<-[m2:MEMBER_OF]-(q:Party)
  WHERE q <> p AND m1.kind <> 'attended' AND m2.kind <> 'attended'
    AND ($to IS NULL OR (coalesce(m1.since, hub.launchedOn) <= date($to) AND coalesce(m2.since, hub.launchedOn) <= date($to)))
    AND ($from IS NULL OR ((m1.until IS NULL OR m1.until >= date($from)) AND (m2.until IS NULL OR m2.until >= date($from))))
  RETURN q, hub, CASE WHEN m1.since > m2.since THEN m1.since ELSE coalesce(m2.since, m1.since) END AS since
}
WITH pid, q, hub, since
WHERE $sector IS NULL OR EXISTS { (hub)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) }
WITH pid, q, collect(DISTINCT hub) AS hubs, min(since) AS since
RETURN pid AS id, labels(q) AS labels, properties(q) AS props, size(hubs) AS strength, since,
       [h IN hubs WHERE h:Agreement | h.id] AS agreements,
       [h IN hubs WHERE h:Initiative | h.id] AS initiatives,
       COLLECT { UNWIND hubs AS h MATCH (h)-[:COVERS]->(s:Sector) RETURN DISTINCT s.id } AS sectors
ORDER BY id, strength DESC, props.name
