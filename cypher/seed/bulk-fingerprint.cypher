// What bulk loads wrote (origin 'bulk'), to check a load: counts, distinct keys (equal to the
// counts when nothing is duplicated) and a hash of every node and relationship, ordered by key.
CALL () {
  MATCH (n:Record) WHERE n.origin = 'bulk'
  WITH n ORDER BY n.id
  RETURN count(n) AS nodes, count(DISTINCT n.id) AS nodeIds, apoc.util.md5(collect([n.id, labels(n), properties(n)])) AS nodeHash
}
CALL () {
  MATCH (a:Record)-[r]->(b:Record) WHERE r.origin = 'bulk'
  WITH a.id + ' ' + type(r) + ' ' + r.key + ' ' + b.id AS key, properties(r) AS props
  ORDER BY key
  RETURN count(*) AS relationships, count(DISTINCT key) AS relationshipKeys, apoc.util.md5(collect([key, props])) AS relationshipHash
}
RETURN nodes, nodeIds, nodeHash, relationships, relationshipKeys, relationshipHash
