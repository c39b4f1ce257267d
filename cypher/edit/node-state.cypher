// A node's properties before or after an edit, for the audit record (without the provenance stamps).
OPTIONAL MATCH (n:Record { id: $id })
RETURN CASE WHEN n IS NULL THEN null ELSE apoc.map.removeKeys(properties(n), ['firstSeen', 'updatedAt']) END AS props
