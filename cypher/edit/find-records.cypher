// The records an edit refers to: which exist, and of which kind.
UNWIND $ids AS id
OPTIONAL MATCH (n:Record { id: id })
RETURN id, labels(n) AS labels
