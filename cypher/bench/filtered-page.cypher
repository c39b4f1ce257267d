// Floor of `agreements(first:, where: { signedOn: { gte: $since }, parties: { some: { id: { eq: $party } } } })
// { totalCount edges { node { id title signedOn parties { name } } } }`: the count and a top-k sort
// (signedOn DESC, title, id, the list's default order) over the same condition, refusals left out.
CALL () {
  MATCH (a:Agreement)
  WHERE a.signedOn >= date($since) AND EXISTS { (a)<-[r:ACTED_ON]-(:Entity { id: $party }) WHERE r.act <> 'declined' }
  RETURN count(a) AS total
}
MATCH (a:Agreement)
WHERE a.signedOn >= date($since) AND EXISTS { (a)<-[r:ACTED_ON]-(:Entity { id: $party }) WHERE r.act <> 'declined' }
WITH total, a
ORDER BY a.signedOn DESC, a.title, a.id
LIMIT $first
RETURN total, a.id AS id, a.title AS title, a.signedOn AS signedOn,
  COLLECT { MATCH (a)<-[r:ACTED_ON]-(p:Party) WHERE r.act <> 'declined' RETURN DISTINCT p.name } AS parties
