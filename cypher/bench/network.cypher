// Floor of `network(center:, depth: 2)` around a party: four hops (party, hub, party, hub, party)
// in one statement, each hop from the nodes first seen in the hop before, with the link rules of
// read/network-step; every relationship met is an edge.
MATCH (c:Entity { id: $center })
CALL (c) {
  MATCH (c)-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
  WHERE (type(r) = 'ACTED_ON' AND r.act <> 'withdrew' AND coalesce(r.date, endNode(r).signedOn, date($asOf)) <= date($asOf))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended' AND coalesce(r.since, date($asOf)) <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf)))
  RETURN collect(DISTINCT y) AS ring1, collect(r) AS rels1
}
CALL (c, ring1) {
  UNWIND ring1 AS x
  MATCH (x)-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
  WHERE (type(r) = 'ACTED_ON' AND r.act <> 'withdrew' AND coalesce(r.date, endNode(r).signedOn, date($asOf)) <= date($asOf))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended' AND coalesce(r.since, date($asOf)) <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf)))
  WITH collect(DISTINCT y) AS reached, collect(DISTINCT r) AS rels2
  RETURN [y IN reached WHERE y <> c] AS ring2, rels2
}
CALL (ring1, ring2) {
  UNWIND ring2 AS x
  MATCH (x)-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
  WHERE (type(r) = 'ACTED_ON' AND r.act <> 'withdrew' AND coalesce(r.date, endNode(r).signedOn, date($asOf)) <= date($asOf))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended' AND coalesce(r.since, date($asOf)) <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf)))
  WITH collect(DISTINCT y) AS reached, collect(DISTINCT r) AS rels3
  RETURN [y IN reached WHERE NOT y IN ring1] AS ring3, rels3
}
CALL (c, ring2, ring3) {
  UNWIND ring3 AS x
  MATCH (x)-[r:ACTED_ON|MEMBER_OF]-(y:Entity)
  WHERE (type(r) = 'ACTED_ON' AND r.act <> 'withdrew' AND coalesce(r.date, endNode(r).signedOn, date($asOf)) <= date($asOf))
     OR (type(r) = 'MEMBER_OF' AND r.kind <> 'attended' AND coalesce(r.since, date($asOf)) <= date($asOf) AND (r.until IS NULL OR r.until >= date($asOf)))
  WITH collect(DISTINCT y) AS reached, collect(DISTINCT r) AS rels4
  RETURN [y IN reached WHERE y <> c AND NOT y IN ring2] AS ring4, rels4
}
WITH [c] + ring1 + ring2 + ring3 + ring4 AS nodes, rels1 + rels2 + rels3 + rels4 AS rels
CALL (rels) {
  UNWIND rels AS r
  WITH DISTINCT r
  RETURN collect({ source: startNode(r).id, target: endNode(r).id, type: type(r), label: coalesce(r.act, r.kind) }) AS edges
}
RETURN [n IN nodes | { id: n.id, label: n.name, labels: labels(n) }] AS nodes, edges
