// Sort: a key in descending order (missing values first, as Neo4j orders them).
{{subject}} DESC
