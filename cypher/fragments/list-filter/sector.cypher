// Fragment: `filter: { sector }` of agreements: it covers the sector or one of its sub-sectors.
EXISTS { ({{var}})-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(:Entity { id: $sector }) }
