// What earlier loads and edits wrote, to compare with the files before writing anything.
MATCH (n:Record)
WHERE n.origin IN ['seed', 'edit']
RETURN n.id AS id, n.origin AS origin, labels(n) AS labels, properties(n) AS props
