// Floor of `search(text:)`: read/search itself (one full-text query, exact names first).
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $candidates }) YIELD node, score
WITH node, score + CASE WHEN $exact IN node.exactKeys THEN 100.0 ELSE 0.0 END AS rank
RETURN node.id AS id, node.name AS label, labels(node) AS labels, rank
ORDER BY rank DESC, node.name
LIMIT $first
