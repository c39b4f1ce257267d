// Fragment: the SECTOR keys k{{i}} of each item: every sector its hub covers and their parent
// sectors, each once (sub-sectors count in their parents, as Sector.agreements does).
CALL (hub) {
  MATCH (hub)-[:COVERS]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector)
  RETURN DISTINCT s AS s{{i}}
}
WITH *, { dimension: 'SECTOR', id: s{{i}}.id, label: s{{i}}.name } AS k{{i}}
