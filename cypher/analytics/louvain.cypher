// Louvain blocs over a projected party graph, weighted by `shared`. GDS's Louvain takes no random
// seed; with one thread the same graph gives the same blocs. `stats` reports the modularity of
// the partition that `stream` then lists (the same run, repeated: deterministic at concurrency 1).
CALL gds.louvain.stats($graph, { relationshipWeightProperty: 'shared', concurrency: 1 })
YIELD modularity
CALL gds.louvain.stream($graph, { relationshipWeightProperty: 'shared', concurrency: 1 })
YIELD nodeId, communityId
RETURN modularity, gds.util.asNode(nodeId).id AS id, communityId
