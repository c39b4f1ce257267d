// Fragment: the partners of the party {{var}} as {{out}}: { sectorFound, partners }, the strongest
// $partnersFirst first. Two parties are linked through each agreement both took part in (acts other
// than withdrew and declined) and each initiative both joined (attending does not count). A link
// begins on the later of the two parties' own dates (never the hub's date; null when either is
// unknown); a partnership begins with its earliest link ($partnersFrom/$partnersTo filter on it).
// $partnersSector: only hubs that cover it or a sub-sector ({{hubInSector}}: the test of
// fragments/partners-hub-in-sector, or nothing without a sector; sectorFound false when it names no
// sector). An agreement that establishes a shared initiative counts once in `strength`.
// {{partner}}: the partner's projection on `q`, with what the partner's selection reads.
// {{agreementPartners}}, {{initiativePartners}}, {{perPartner}}: the -dated fragments
// (fragments/partners-agreement-dated, ...) when the selection reads dates, links or their lists,
// the -counted ones when it reads only partners and strength, which then skip the grouping per hub
// that the dates need.
// Costs stay near the floor (cypher/bench/partners): the sector is looked up once, each hub of the
// party is tested once before expanding to its other parties, the agreements establishing an
// initiative are read from the few initiatives rather than from every agreement, and links, sources
// and sectors are built only for the partners returned, and only those the selection reads
// ($partnersLinks, $partnersSources, $partnersAgreements, $partnersInitiatives, $partnersSectors);
// the dates only when `since` or the links are read or from/to filter on them ($partnersDates).
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
        {{hubInSector}}
      {{agreementPartners}}
      UNION ALL
      WITH {{var}} AS p
      MATCH (p)-[m1:MEMBER_OF]->(hub:Initiative)
      WHERE m1.kind <> 'attended'
        {{hubInSector}}
      {{initiativePartners}}
    }
    {{perPartner}}
    WITH q, since, links, hubs - size([a IN agreements WHERE a IN established]) AS strength
    ORDER BY strength DESC, q.name, q.id
    LIMIT $partnersFirst
    WITH q, since, strength, COLLECT { UNWIND links AS l WITH l ORDER BY l.since, l.hub.id RETURN l } AS links
    RETURN collect({
      labels: labels(q), props: {{partner}}, strength: strength, since: since,
      links: CASE WHEN $partnersLinks THEN [l IN links | {
        hub: l.hub.id, partySince: l.partySince, partnerSince: l.partnerSince, since: l.since,
        sources: CASE WHEN $partnersSources
                   THEN reduce(all = [], list IN l.sourceLists | all + [s IN list WHERE NOT s IN all])
                   ELSE [] END }] ELSE [] END,
      agreements: [l IN links WHERE $partnersAgreements AND l.hub:Agreement | l.hub.id],
      initiatives: [l IN links WHERE $partnersInitiatives AND l.hub:Initiative | l.hub.id],
      sectors: CASE WHEN $partnersSectors
                 THEN COLLECT { UNWIND links AS l WITH l.hub AS hub MATCH (hub)-[:COVERS]->(s:Sector) RETURN DISTINCT s.id }
                 ELSE [] END
    }) AS partners
  }
  RETURN { sectorFound: sectorFound, partners: partners } AS {{out}}
}
