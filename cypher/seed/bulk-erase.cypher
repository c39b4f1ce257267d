// Removes what bulk loads wrote (origin 'bulk': the benchmark's synthetic graph) and their progress
// markers; the curated seeds and edits stay. One transaction: meant for small loads (tests).
CALL () { MATCH (n:Record) WHERE n.origin = 'bulk' DETACH DELETE n }
CALL () { MATCH (m:LoadProgress) DELETE m }
