MATCH (n)
RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships
