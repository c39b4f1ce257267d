// The restore is whole: its progress marker goes.
MATCH (m:Meta { id: 'restore' })
DELETE m
