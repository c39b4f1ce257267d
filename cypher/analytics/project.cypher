// Projects a party graph into GDS's catalog as $graph. The links come from the process
// (src/api/party-graph.ts builds them from read/party-hubs), so GDS and the in-process engine
// always read the same graph and the link rules live in one statement: $links is a list of
// { source, target, shared }, one per pair of parties, `shared` = how many hubs they share.
// Each becomes one undirected relationship with `shared` and `distance` = 1 / shared
// (betweenness reads weights as distances, so the closest allies are the nearest).
UNWIND $links AS link
MATCH (p:Entity { id: link.source }), (q:Entity { id: link.target })
WITH gds.graph.project($graph, p, q,
       { relationshipProperties: { shared: toFloat(link.shared), distance: 1.0 / link.shared } },
       { undirectedRelationshipTypes: ['*'] }) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
