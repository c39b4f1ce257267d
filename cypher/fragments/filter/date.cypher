// Filter: a parameter holding a day ("YYYY-MM-DD") as a Neo4j date, to compare with a stored date.
date({{param}})
