// A relationship's properties before or after an edit, for the audit record (without the provenance stamps).
OPTIONAL MATCH (:Record { id: $from })-[r:$($type) { key: $key }]->(:Record { id: $to })
RETURN CASE WHEN r IS NULL THEN null ELSE apoc.map.removeKeys(properties(r), ['firstSeen', 'updatedAt']) END AS props
