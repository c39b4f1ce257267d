OPTIONAL MATCH (:Record { id: $from })-[r:$($type) { key: $key }]->(:Record { id: $to })
RETURN properties(r) AS props
