// Fragment: a node's relationships of one type coming in, each with its far node, in the order
// read/incoming-links.cypher gives.
COLLECT { MATCH ({{from}})<-[{{rel}}:{{type}}]-({{to}}:Record) RETURN { rel: {{relProps}}, node: {{node}} } ORDER BY {{rel}}.position, coalesce({{rel}}.date, {{rel}}.since, {{to}}.signedOn), {{to}}.name, {{to}}.id }
