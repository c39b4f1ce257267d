// --reset: erases every node and relationship, seeded or edited, but the data revision: were it
// to restart at 0, a running server could answer from a cache keyed on a revision number reused.
MATCH (n)
WHERE NOT (n:Meta AND n.id = 'revision')
DETACH DELETE n
