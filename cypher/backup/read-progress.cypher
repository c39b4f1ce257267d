// Where an interrupted restore stopped: the backup's digest and the last batch committed.
OPTIONAL MATCH (m:Meta { id: 'restore' })
RETURN m.digest AS digest, m.batch AS batch
