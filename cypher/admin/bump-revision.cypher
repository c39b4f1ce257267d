// Raises the data revision by one and returns it. Every write to the graph runs this in its own
// transaction (API edits, seed loads, bulk batches, a restore): response caches and ETags key on
// the revision, so a write that skipped it would leave stale answers in every replica. The
// `meta_id_unique` constraint makes concurrent first bumps create one node, and SET locks it.
// The revision must never go back (a number reused would name two states): a restore keeps the
// live graph's revision node, as `admin/erase-all` does, and bumps it.
MERGE (r:Meta { id: 'revision' })
SET r.value = coalesce(r.value, 0) + 1
RETURN r.value AS revision
