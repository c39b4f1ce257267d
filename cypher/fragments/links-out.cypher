// Fragment: a node's relationships of one type going out, each with its far node, in the order
// read/outgoing-links.cypher gives (so compiled answers equal loader answers).
// {{from}} {{rel}} {{type}} {{to}}: variables and a relationship type from the field plan, never input.
COLLECT { MATCH ({{from}})-[{{rel}}:{{type}}]->({{to}}:Record) RETURN { rel: {{relProps}}, node: {{node}} } ORDER BY {{rel}}.position, coalesce({{rel}}.date, {{rel}}.since, {{to}}.signedOn), {{to}}.name, {{to}}.id }
