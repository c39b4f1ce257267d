RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[]->() } AS relationships
