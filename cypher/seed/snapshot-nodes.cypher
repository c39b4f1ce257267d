// What earlier loads and edits wrote, to compare with the files before writing anything.
// The provenance stamps are left out: the files never hold them, so they are no difference.
MATCH (n:Record)
WHERE n.origin IN ['seed', 'edit']
RETURN n.id AS id, n.origin AS origin, labels(n) AS labels,
       apoc.map.removeKeys(properties(n), ['firstSeen', 'updatedAt']) AS props
