// Fragment: the entities whose ids a node or relationship holds (sources, onBehalfOf, place...).
COLLECT { MATCH ({{var}}:Entity) WHERE {{var}}.id IN {{ids}} RETURN { labels: labels({{var}}), props: properties({{var}}) } }
