MATCH (a:Entity { id: $a }), (b:Entity { id: $b })
WITH a, b,
  COLLECT { MATCH (a)-[r1:ACTED_ON]->(x:Agreement)<-[r2:ACTED_ON]-(b)
            WHERE NOT r1.act IN ['withdrew', 'declined'] AND NOT r2.act IN ['withdrew', 'declined'] RETURN DISTINCT x.id } AS agreements,
  COLLECT { MATCH (a)-[m1:MEMBER_OF]->(i:Initiative)<-[m2:MEMBER_OF]-(b)
            WHERE m1.kind <> 'attended' AND m2.kind <> 'attended' RETURN DISTINCT i.id } AS initiatives
RETURN agreements, initiatives,
  COLLECT { MATCH (h:Entity)-[:COVERS]->(s:Sector) WHERE h.id IN agreements + initiatives RETURN DISTINCT s.id } AS sectors
