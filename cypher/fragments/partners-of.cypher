// Fragment: the partners of the party {{var}} as {{out}}: { sectorFound, partners }, the strongest
// $partnersFirst first. Two parties are linked through each agreement both took part in (acts other
// than withdrew and declined) and each initiative both joined (attending does not count). A link
// begins on the later of the two parties' own dates (never the hub's date; null when either is
// unknown); a partnership begins with its earliest link ($partnersFrom/$partnersTo filter on it).
// $partnersSector: only hubs that cover it or a sub-sector (sectorFound false when it names no
// sector). An agreement that establishes a shared initiative counts once in `strength`.
// Costs stay near the floor (cypher/bench/partners): the sector is looked up once, each hub of the
// party is tested once (with the initiatives it establishes) before expanding to its other parties,
// and links, sources and sectors are built only for the partners returned, and only those the
// selection reads ($partnersLinks, $partnersSources, $partnersAgreements, $partnersInitiatives,
// $partnersSectors); the dates only when `since` or the links are read or from/to filter on them
// ($partnersDates).
// A CALL, not an expression: Neo4j 5 refuses aggregations inside a subquery expression of a RETURN.
CALL ({{var}}) {
  CALL () {
    OPTIONAL MATCH (named:Entity { id: $partnersSector }) WHERE named:Sector
    RETURN $partnersSector IS NULL OR named IS NOT NULL AS sectorFound
  }
  CALL ({{var}}, sectorFound) {
    WITH {{var}} WHERE sectorFound
    CALL () {
      RETURN CASE WHEN $partnersSector IS NULL THEN null ELSE COLLECT {
        MATCH (s:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $partnersSector }) RETURN DISTINCT s
      } END AS sectors
    }
    CALL ({{var}}, sectors) {
      WITH {{var}} AS p
      MATCH (p)-[r1:ACTED_ON]->(hub:Agreement)
      WHERE NOT r1.act IN ['withdrew', 'declined']
        AND (sectors IS NULL OR EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors })
      WITH p, hub, min(CASE WHEN $partnersDates THEN r1.date END) AS partySince, collect(CASE WHEN $partnersSources THEN r1.sources END) AS partySources
      WITH p, hub, partySince, partySources, [(hub)-[:ESTABLISHES]->(i:Initiative) | i.id] AS establishes
      MATCH (hub)<-[r2:ACTED_ON]-(q:Party)
      WHERE q <> p AND NOT r2.act IN ['withdrew', 'declined']
      RETURN q, hub, establishes, partySince, partySources, CASE WHEN $partnersDates THEN r2.date END AS partnerSince,
             CASE WHEN $partnersSources THEN r2.sources END AS partnerSources
      UNION ALL
      WITH {{var}} AS p
      MATCH (p)-[m1:MEMBER_OF]->(hub:Initiative)
      WHERE m1.kind <> 'attended'
        AND (sectors IS NULL OR EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors })
      WITH p, hub, min(CASE WHEN $partnersDates THEN m1.since END) AS partySince, collect(CASE WHEN $partnersSources THEN m1.sources END) AS partySources
      MATCH (hub)<-[m2:MEMBER_OF]-(q:Party)
      WHERE q <> p AND m2.kind <> 'attended'
      RETURN q, hub, [] AS establishes, partySince, partySources, CASE WHEN $partnersDates THEN m2.since END AS partnerSince,
             CASE WHEN $partnersSources THEN m2.sources END AS partnerSources
    }
    // Several acts of the partner on one hub (signed, then ratified): its earliest date.
    WITH q, hub, establishes, partySince, partySources, min(partnerSince) AS partnerSince,
         collect(partnerSources) AS partnerSources
    WITH q, hub, establishes, partySince, partnerSince, partySources + partnerSources AS sourceLists,
         CASE WHEN partySince IS NULL OR partnerSince IS NULL THEN null
              WHEN partySince > partnerSince THEN partySince ELSE partnerSince END AS since
    ORDER BY since
    WITH q, min(since) AS since,
         collect({ hub: hub, establishes: establishes, partySince: partySince, partnerSince: partnerSince,
                   since: since, sourceLists: sourceLists }) AS links
    WHERE ($partnersFrom IS NULL OR since >= date($partnersFrom)) AND ($partnersTo IS NULL OR since <= date($partnersTo))
    WITH q, since, links, [l IN links WHERE l.hub:Initiative | l.hub.id] AS initiatives
    WITH q, since, links, initiatives,
         size([l IN links WHERE NOT any(i IN l.establishes WHERE i IN initiatives)]) AS strength
    ORDER BY strength DESC, q.name, q.id
    LIMIT $partnersFirst
    RETURN collect({
      labels: labels(q), props: properties(q), strength: strength, since: since,
      links: CASE WHEN $partnersLinks THEN [l IN links | {
        hub: l.hub.id, partySince: l.partySince, partnerSince: l.partnerSince, since: l.since,
        sources: CASE WHEN $partnersSources
                   THEN reduce(all = [], list IN l.sourceLists | all + [s IN list WHERE NOT s IN all])
                   ELSE [] END }] ELSE [] END,
      agreements: CASE WHEN $partnersAgreements THEN [l IN links WHERE l.hub:Agreement | l.hub.id] ELSE [] END,
      initiatives: CASE WHEN $partnersInitiatives THEN initiatives ELSE [] END,
      sectors: CASE WHEN $partnersSectors
                 THEN COLLECT { UNWIND links AS l WITH l.hub AS hub MATCH (hub)-[:COVERS]->(s:Sector) RETURN DISTINCT s.id }
                 ELSE [] END
    }) AS partners
  }
  RETURN { sectorFound: sectorFound, partners: partners } AS {{out}}
}
