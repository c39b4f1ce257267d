// Written in the same transaction as the batch it counts, so a rerun after a kill starts at the
// first batch not committed.
MERGE (m:Meta { id: 'restore' })
SET m:RestoreProgress, m.digest = $digest, m.file = $file, m.batch = $batch, m.batches = $batches, m.at = datetime()
