// Party.partners for many parties. Two parties are linked through each agreement both took part
// in (acts other than withdrew and declined) and each initiative both joined (attending does not
// count). A link begins on the later of the two parties' own dates (never the hub's date; null
// when either is unknown); a partnership begins with its earliest link. $sector: only hubs that
// cover it or a sub-sector, looked up once. An agreement that establishes a shared initiative
// counts once in `strength`, with its initiative.
CALL () {
  RETURN CASE WHEN $sector IS NULL THEN null ELSE COLLECT {
    MATCH (s:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) RETURN DISTINCT s
  } END AS sectors
}
UNWIND $ids AS pid
MATCH (p:Entity { id: pid })
CALL (p, sectors) {
  MATCH (p)-[r1:ACTED_ON]->(hub:Agreement)
  WHERE NOT r1.act IN ['withdrew', 'declined']
    AND (sectors IS NULL OR EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors })
  MATCH (hub)<-[r2:ACTED_ON]-(q:Party)
  WHERE q <> p AND NOT r2.act IN ['withdrew', 'declined']
  RETURN q, hub, r1.date AS partySince, r2.date AS partnerSince, r1.sources + r2.sources AS sources
  UNION
  MATCH (p)-[m1:MEMBER_OF]->(hub:Initiative)
  WHERE m1.kind <> 'attended'
    AND (sectors IS NULL OR EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors })
  MATCH (hub)<-[m2:MEMBER_OF]-(q:Party)
  WHERE q <> p AND m2.kind <> 'attended'
  RETURN q, hub, m1.since AS partySince, m2.since AS partnerSince, m1.sources + m2.sources AS sources
}
// Several acts of one party on one hub (signed, then ratified): each side's earliest date.
WITH pid, q, hub, min(partySince) AS partySince, min(partnerSince) AS partnerSince, collect(sources) AS sourceLists
WITH pid, q, hub, partySince, partnerSince,
     CASE WHEN partySince IS NULL OR partnerSince IS NULL THEN null
          WHEN partySince > partnerSince THEN partySince ELSE partnerSince END AS since,
     reduce(all = [], list IN sourceLists | all + [s IN list WHERE NOT s IN all]) AS sources
ORDER BY since
WITH pid, q, collect(hub) AS hubs, min(since) AS since,
     collect({ hub: hub.id, partySince: partySince, partnerSince: partnerSince, since: since, sources: sources }) AS links
WHERE ($from IS NULL OR since >= date($from)) AND ($to IS NULL OR since <= date($to))
WITH pid, q, hubs, since, links,
     size([h IN hubs WHERE NOT (h:Agreement AND EXISTS { MATCH (h)-[:ESTABLISHES]->(i) WHERE i IN hubs })]) AS strength
RETURN pid AS id, labels(q) AS labels, properties(q) AS props, strength, since, links,
       [h IN hubs WHERE h:Agreement | h.id] AS agreements,
       [h IN hubs WHERE h:Initiative | h.id] AS initiatives,
       COLLECT { UNWIND hubs AS h MATCH (h)-[:COVERS]->(s:Sector) RETURN DISTINCT s.id } AS sectors
ORDER BY id, strength DESC, props.name
