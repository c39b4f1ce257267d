// Filter: a parameter holding a list of ISO 8601 instants as Neo4j datetimes (for `in`).
[t IN {{param}} | datetime(t)]
