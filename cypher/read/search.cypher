// $query is built from folded words only (no Lucene syntax from the user survives).
// Exact matches of a name, alias or code ($exact, folded) rank first.
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $candidates }) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score + CASE WHEN $exact IN node.exactKeys THEN 100.0 ELSE 0.0 END AS rank
RETURN labels(node) AS labels, properties(node) AS props, rank
ORDER BY rank DESC, node.name
LIMIT $first
