// A fingerprint of every node and relationship (the load-time Meta node aside), for tests.
CALL () {
  MATCH (n) WHERE NOT n:Meta
  WITH n ORDER BY elementId(n)
  RETURN collect(apoc.util.md5([labels(n), properties(n)])) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, r, b ORDER BY a.id, type(r), r.key, b.id
  RETURN collect(apoc.util.md5([a.id, type(r), b.id, properties(r)])) AS relationships
}
RETURN apoc.util.md5([nodes, relationships]) AS checksum
