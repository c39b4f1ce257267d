// One hop of the alliance network out of a frontier (parties to hubs, or hubs to parties),
// with the same link rules as shortest-paths.cypher.
UNWIND $frontier AS fid
MATCH (x:Entity { id: fid })-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
WHERE ((type(r) = 'ACTED_ON' AND NOT r.act IN ['withdrew', 'declined']
         AND (r.date <= date($asOf) OR (r.date IS NULL AND $undated)))
    OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended'
         AND (r.since <= date($asOf) OR (r.since IS NULL AND $undated))
         AND (r.until IS NULL OR r.until >= date($asOf))))
  AND ($sectors IS NULL OR y:Party OR
       EXISTS { (y)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector) WHERE s.id IN $sectors })
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.key AS key,
       coalesce(r.act, r.kind) AS label, properties(r) AS props, y.id AS id, labels(y) AS labels, y.name AS name
