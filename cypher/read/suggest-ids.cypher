// Up to three ids close to one that matched nothing, for a NOT_FOUND error's suggestions.
// $query holds folded words with Lucene's fuzzy marker only (no user syntax survives).
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: 50 }) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node.id AS id
ORDER BY score DESC, node.id
LIMIT 3
