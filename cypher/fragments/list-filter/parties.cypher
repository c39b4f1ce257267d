// Fragment: the older `filter: { parties }` of agreements (ids resolved): every one of them took part.
all(pid IN $parties WHERE EXISTS { ({{var}})<-[r:ACTED_ON]-(:Entity { id: pid }) WHERE r.act <> 'declined' })
