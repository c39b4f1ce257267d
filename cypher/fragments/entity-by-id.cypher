// Fragment: the entity $id names, as {{var}}.
OPTIONAL MATCH ({{var}}:Entity { id: $id })
