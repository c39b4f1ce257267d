// Search over names, aliases and codes. $keyQuery (whole folded keys: exact, prefix, one typo) and
// $wordQuery (every word as a prefix, long ones also one typo away; null when the text has only
// stop words) are built from folded letters and digits only: no Lucene syntax from the user.
// Ranked by the kind of match: 4 an exact name, code or alias ($exact); 3 a name's beginning;
// 2 every word ($words) begins a word of its names; 1 a whole name one typo away; 0 words with
// typos. Among equals, entities before sources, better-connected first, then Lucene's score.
// Each row comes as JSON (Gateway.readJson): one string to decode instead of a whole property map.
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
RETURN apoc.convert.toJson({ labels: labels(node), props: properties(node), rank: tier + score / (score + 1.0) }) AS json
