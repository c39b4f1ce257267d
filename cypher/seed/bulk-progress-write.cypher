// Written in the same transaction as the batch it counts, so the marker never runs ahead of the data.
MERGE (m:Meta { id: $id })
SET m:LoadProgress, m.file = $file, m.batch = $batch, m.batches = $batches, m.at = datetime()
