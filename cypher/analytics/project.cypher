// Projects the party graph into GDS's in-memory catalog as $graph: one undirected relationship
// per pair of parties sharing agreements or initiatives, `shared` = how many, `distance` =
// 1 / shared (betweenness reads weights as distances, so the closest allies are the nearest).
// Link rules, $asOf, $undated and $sector as in read/party-hubs.cypher.
CALL () {
  RETURN CASE WHEN $sector IS NULL THEN null ELSE COLLECT {
    MATCH (s:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) RETURN DISTINCT s
  } END AS sectors
}
MATCH (p:Party)-[r1:ACTED_ON|MEMBER_OF]->(hub:Agreement|Initiative)<-[r2:ACTED_ON|MEMBER_OF]-(q:Party)
WHERE p.id < q.id
  AND all(r IN [r1, r2] WHERE
        (type(r) = 'ACTED_ON' AND NOT r.act IN ['withdrew', 'declined']
          AND (r.date <= date($asOf) OR (r.date IS NULL AND $undated)))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
          AND (r.since <= date($asOf) OR (r.since IS NULL AND $undated))
          AND (r.until IS NULL OR r.until >= date($asOf))))
  AND (sectors IS NULL OR EXISTS { MATCH (hub)-[:COVERS]->(s) WHERE s IN sectors })
WITH p, q, count(DISTINCT hub) AS shared
WITH gds.graph.project($graph, p, q,
       { relationshipProperties: { shared: toFloat(shared), distance: 1.0 / shared } },
       { undirectedRelationshipTypes: ['*'] }) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
