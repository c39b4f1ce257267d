// Floor of `agreements(first:) { totalCount edges { node { parties signatures sectors } } }`:
// the total from the count store, a top-k sort (the same order as read/agreements-page), and
// each page row's links in the same statement.
CALL () { MATCH (a:Agreement) RETURN count(a) AS total }
MATCH (a:Agreement)
WITH total, a
ORDER BY a.signedOn DESC, a.title, a.id
SKIP $skip LIMIT $limit
RETURN total, a.id AS id, a.title AS title,
  COLLECT { MATCH (a)<-[:ACTED_ON]-(p:Party) RETURN DISTINCT p.name } AS parties,
  COLLECT { MATCH (a)<-[s:SIGNED]-(x:Person) RETURN { person: x.name, capacity: s.capacity } } AS signatures,
  COLLECT { MATCH (a)-[:COVERS]->(s:Sector) RETURN s.name } AS sectors
