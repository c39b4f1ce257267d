// Query.countries, people, initiatives and sources: one label, optional filters, a page.
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND ($region IS NULL OR n.region = $region)
  AND ($words IS NULL OR all(word IN $words WHERE n.searchText CONTAINS word))
  AND ($memberOf IS NULL OR EXISTS { (n)-[m:MEMBER_OF]->(:Entity { id: $memberOf }) WHERE m.kind <> 'attended' })
  AND ($worksFor IS NULL OR EXISTS { (n)-[:HELD_POSITION]->(:Entity { id: $worksFor }) })
WITH n
ORDER BY n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total,
       [n IN matched[$skip..$skip + $limit] | { labels: labels(n), props: properties(n) }] AS page
