MERGE (m:Meta { id: 'dataset' })
SET m.checksum = $checksum, m.files = $files, m.loadedAt = datetime()
