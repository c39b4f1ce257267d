// Fragment: a root field that looks an entity up by id ($id), with everything its selection needs.
MATCH ({{var}}:Entity { id: $id })
RETURN {{node}} AS root
