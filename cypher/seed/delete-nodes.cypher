// Nodes that a previous seed load wrote and the files no longer hold.
UNWIND $ids AS id
MATCH (n:Record { id: id })
WHERE n.origin = 'seed'
DETACH DELETE n
