// Fragment: keyset-page for a sort whose first key, {{first}}, a range index holds: the rows
// without a value and the rows with one are read apart, the latter in the index's order (a
// PartialTop reads about a page instead of sorting every match), and the two tops are merged in
// the sort's order, so the page is exactly keyset-page's. Same placeholders as keyset-page.
{{total}}
CALL () {
  CALL () {
    {{matching}}
    WITH {{var}} WHERE {{first}} IS NULL AND {{after}}
    ORDER BY {{order}}
    LIMIT $limit
    RETURN {{var}}
    UNION ALL
    {{matching}}
    WITH {{var}} WHERE {{first}} IS NOT NULL AND {{after}}
    ORDER BY {{order}}
    LIMIT $limit
    RETURN {{var}}
  }
  WITH {{var}}
  ORDER BY {{order}}
  LIMIT $limit
  RETURN collect({ node: {{node}}, keys: [{{keys}}] }) AS items
}
RETURN apoc.convert.toJson({ items: items, total: total }) AS json
