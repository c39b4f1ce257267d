// Sort: a key in ascending order (missing values last, as Neo4j orders them).
{{subject}} ASC
