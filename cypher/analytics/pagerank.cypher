// PageRank over a projected party graph, weighted by `shared`; one thread, so runs repeat exactly.
CALL gds.pageRank.stream($graph, { relationshipWeightProperty: 'shared', concurrency: 1 })
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
