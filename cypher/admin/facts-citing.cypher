// Relationships that cite a source.
MATCH (a:Record)-[r]->(b:Record)
WHERE $source IN r.sources
RETURN a.id AS from, type(r) AS type, b.id AS to
