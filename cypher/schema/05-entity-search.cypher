// Names and aliases, folded (no accents, no apostrophes) for search and suggestions.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
