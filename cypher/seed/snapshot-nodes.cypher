// What an earlier seed load wrote, to compare with the files before writing anything.
MATCH (n:Record)
WHERE n.origin = 'seed'
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
