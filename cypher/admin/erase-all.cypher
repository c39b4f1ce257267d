// --reset: erases every node and relationship, seeded or edited.
MATCH (n)
DETACH DELETE n
