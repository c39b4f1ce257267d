// Whether the server has Graph Data Science: fails with "Unknown function" when it does not,
// and src/api/party-graph.ts then computes the analytics in process with graphology.
RETURN gds.version() AS version
