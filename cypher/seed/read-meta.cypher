MATCH (m:Meta { id: 'dataset' })
RETURN m.checksum AS checksum, toString(m.loadedAt) AS loadedAt, m.files AS files
