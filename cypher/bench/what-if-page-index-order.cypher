// What-if for the agreements page: the same rows as bench/agreements-page, ordered by walking the
// agreement_signed_on index (a PartialTop), so only about a page of agreements is read, not all of
// them. Undated agreements are left out: the index holds no null, and the API lists them first.
CALL () { MATCH (a:Agreement) RETURN count(a) AS total }
MATCH (a:Agreement)
WHERE a.signedOn IS NOT NULL
WITH total, a
ORDER BY a.signedOn DESC, a.title, a.id
SKIP $skip LIMIT $limit
RETURN total, a.id AS id, a.title AS title,
  COLLECT { MATCH (a)<-[:ACTED_ON]-(p:Party) RETURN DISTINCT p.name } AS parties,
  COLLECT { MATCH (a)<-[s:SIGNED]-(x:Person) RETURN { person: x.name, capacity: s.capacity } } AS signatures,
  COLLECT { MATCH (a)-[:COVERS]->(s:Sector) RETURN s.name } AS sectors
