// For Party.agreements: how many agreements with a partial party list do not list each party
// (a sourced refusal counts as listed: it is known the party did not take part).
UNWIND $ids AS pid
MATCH (p:Entity { id: pid })
RETURN pid AS id, COUNT {
  MATCH (a:Agreement)
  WHERE coalesce(a.listCompleteness, 'partial') = 'partial' AND NOT EXISTS { (p)-[:ACTED_ON]->(a) }
} AS count
