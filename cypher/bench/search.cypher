// Floor of `search(text:)`: read/search itself (the whole-name and word indexes, ranked by the
// kind of match, entities before sources, better-connected first), returning names only.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_keys', $keyQuery, { limit: $candidates }) YIELD node, score
  RETURN node, score, true AS wholeName
  UNION ALL
  WITH $wordQuery AS query WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', query, { limit: $candidates }) YIELD node, score
  RETURN node, score, false AS wholeName
}
WITH node, max(score) AS score, any(whole IN collect(wholeName) WHERE whole) AS wholeName
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score,
     CASE WHEN $exact IN node.exactKeys THEN 4
          WHEN any(k IN node.exactKeys WHERE k STARTS WITH $exact) THEN 3
          WHEN size($words) > 0 AND all(w IN $words WHERE any(k IN node.exactKeys WHERE k STARTS WITH w OR k CONTAINS ' ' + w)) THEN 2
          WHEN wholeName THEN 1
          ELSE 0 END AS tier
ORDER BY tier DESC, CASE WHEN node:Source THEN 1 ELSE 0 END, COUNT { (node)--() } DESC, score DESC, node.name
LIMIT $first
RETURN node.id AS id, node.name AS label, labels(node) AS labels, tier + score / (score + 1.0) AS rank
