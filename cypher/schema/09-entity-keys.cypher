// Whole names, aliases and codes, folded (`exactKeys`), each one term (keyword analyzer): search
// finds a name exactly, by its beginning, or one typo away, without reading every word index hit.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.exactKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } }
