// Filter: a parameter holding an ISO 8601 instant as a Neo4j datetime, to compare with a stored one.
datetime({{param}})
