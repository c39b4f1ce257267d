// Betweenness over a projected party graph: shortest paths by `distance` (1 / shared).
CALL gds.betweenness.stream($graph, { relationshipWeightProperty: 'distance', concurrency: 1 })
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
