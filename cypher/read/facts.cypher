// Facts: the nodes and relationships that carry sources, filtered, then a page of them and how
// many matched. $labels, $types: the node labels and relationship types of the fact kinds asked
// for (null: every kind); $sources: source ids a fact must rest on at least one of; $about:
// entity ids its subject or object must be one of; $sourceCount: { min, max };
// $updatedAt, $firstSeen: { gt, gte, lt, lte } as ISO instants; $refs: { nodes: [id],
// relationships: [[type, from, to, key]] }, the facts themselves; any of them null: no filter.
// A source is never a fact its own id supports. The subject of a node that is no entity (a
// claim, a commitment, a statement, an external id) is the entity that links to it.
// Pages are keyset pages: each fact's `keys` (unstamped last, most recently changed first, then
// its ends, type and key) order the list, and $after (the keys of the row a cursor names, or null)
// starts the page after it, so a page stays put when facts change or arrive.
CALL () {
  MATCH (n:Record)
  WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
    AND ($refs IS NULL OR n.id IN $refs.nodes)
  RETURN n AS fact, labels(n) AS nodeLabels, n AS a, null AS b, '' AS relType, '' AS relKey
  UNION ALL
  MATCH (a:Record)-[r]->(b:Record)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($refs IS NULL OR [type(r), a.id, b.id, r.key] IN $refs.relationships)
  RETURN r AS fact, null AS nodeLabels, a, b, type(r) AS relType, r.key AS relKey
}
WITH fact, nodeLabels, a, b, relType, relKey, size(coalesce(fact.sources, [])) AS sourceCount
WHERE sourceCount > 0
  AND ($sources IS NULL OR any(s IN fact.sources WHERE s IN $sources AND NOT (b IS NULL AND s = a.id)))
  AND ($sourceCount.min IS NULL OR sourceCount >= $sourceCount.min)
  AND ($sourceCount.max IS NULL OR sourceCount <= $sourceCount.max)
  AND ($updatedAt.gt IS NULL OR fact.updatedAt > datetime($updatedAt.gt))
  AND ($updatedAt.gte IS NULL OR fact.updatedAt >= datetime($updatedAt.gte))
  AND ($updatedAt.lt IS NULL OR fact.updatedAt < datetime($updatedAt.lt))
  AND ($updatedAt.lte IS NULL OR fact.updatedAt <= datetime($updatedAt.lte))
  AND ($firstSeen.gt IS NULL OR fact.firstSeen > datetime($firstSeen.gt))
  AND ($firstSeen.gte IS NULL OR fact.firstSeen >= datetime($firstSeen.gte))
  AND ($firstSeen.lt IS NULL OR fact.firstSeen < datetime($firstSeen.lt))
  AND ($firstSeen.lte IS NULL OR fact.firstSeen <= datetime($firstSeen.lte))
WITH fact, nodeLabels, a, b, relType, relKey,
     CASE WHEN a:Entity THEN a ELSE COLLECT { MATCH (e:Entity)-->(a) RETURN e ORDER BY e.id LIMIT 1 }[0] END AS subject,
     CASE WHEN b IS NULL THEN null WHEN b:Entity THEN b
          ELSE COLLECT { MATCH (e:Entity)-->(b) RETURN e ORDER BY e.id LIMIT 1 }[0] END AS object
WHERE $about IS NULL OR subject.id IN $about OR object.id IN $about
WITH fact, nodeLabels, a, b, relType, relKey, subject, object,
     [CASE WHEN fact.updatedAt IS NULL THEN 1 ELSE 0 END, -coalesce(fact.updatedAt.epochMillis, 0),
      a.id, coalesce(relType, ''), coalesce(b.id, ''), coalesce(relKey, '')] AS keys
ORDER BY keys
WITH collect({ fact: fact, labels: nodeLabels, from: a.id, to: b.id, type: relType, key: relKey, subject: subject, object: object, keys: keys }) AS matched
WITH size(matched) AS total, [m IN matched WHERE $after IS NULL OR m.keys > $after][0..$limit] AS page
CALL (page) {
  UNWIND page AS m
  WITH m, m.fact AS fact
  RETURN collect({
    labels: m.labels, type: m.type, from: m.from, to: m.to, key: m.key, keys: m.keys, props: properties(fact),
    subject: { labels: labels(m.subject), props: properties(m.subject) },
    object: CASE WHEN m.object IS NULL THEN null ELSE { labels: labels(m.object), props: properties(m.object) } END,
    sources: COLLECT { UNWIND fact.sources AS id MATCH (s:Entity { id: id }) WHERE s:Source RETURN { labels: labels(s), props: properties(s) } }
  }) AS items
}
RETURN total, items
