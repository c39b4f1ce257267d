// Fragment: the entities whose ids a node or relationship holds (sources, onBehalfOf, place...),
// each found through the id index.
COLLECT { UNWIND {{ids}} AS id MATCH ({{var}}:Entity { id: id }) RETURN { kind: {{kind}}, props: properties({{var}}) } }
