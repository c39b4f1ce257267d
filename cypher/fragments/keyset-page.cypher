// Fragment: one page of a list read in its sort order from the cursor on. {{total}} gives `total`
// (a count, or null when totalCount is not asked for); {{matching}} is the list's MATCH ... WHERE on
// {{var}}; {{after}} starts the page after the cursor; $limit is one more row than asked, to tell
// whether more follow. Each row carries what the selection needs and its sort keys, for its cursor.
// The row comes as JSON (Gateway.readComposedJson).
{{total}}
CALL () {
  {{matching}}
  WITH {{var}} WHERE {{after}}
  ORDER BY {{order}}
  LIMIT $limit
  RETURN collect({ node: {{node}}, keys: [{{keys}}] }) AS items
}
RETURN apoc.convert.toJson({ items: items, total: total }) AS json
