// Fragment: one page of a node's relationship objects (an initiative's memberships, a party's acts).
// The node with id $id is {{near}}; {{pattern}} joins it through {{rel}} to {{far}}; {{holds}}
// is the relationship field's own condition and {{where}} the compiled `where:`. {{total}} gives
// `total` (a count, or null when totalCount is not asked for); {{after}} starts the page after the
// cursor; $limit is one row more than asked. Each row: the relationship, its far node, its sort keys.
MATCH ({{near}}:Entity { id: $id })
{{total}}
CALL ({{near}}) {
  MATCH {{pattern}}
  WHERE {{holds}} AND {{where}} AND {{after}}
  WITH {{rel}}, {{far}}
  ORDER BY {{order}}
  LIMIT $limit
  RETURN collect({ rel: properties({{rel}}), node: { labels: labels({{far}}), props: properties({{far}}) }, keys: [{{keys}}] }) AS items
}
RETURN apoc.convert.toJson({ items: items, total: total }) AS json
