// Degree over a projected party graph: the number of partners (each pair is one relationship).
CALL gds.degree.stream($graph, { concurrency: 1 })
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
