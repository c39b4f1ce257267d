// A node's properties before or after an edit, for the audit record.
OPTIONAL MATCH (n:Record { id: $id })
RETURN properties(n) AS props
