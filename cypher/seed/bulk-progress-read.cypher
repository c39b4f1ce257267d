// How many batches of one bulk-load file are committed ($id: file name and content hash).
MATCH (m:Meta:LoadProgress { id: $id })
RETURN m.batch AS batch, m.batches AS batches
