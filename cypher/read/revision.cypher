// The data revision (`Meta.revision`, the response cache's key): 0 before the first write.
OPTIONAL MATCH (r:Meta { id: 'revision' })
RETURN coalesce(r.value, 0) AS revision
