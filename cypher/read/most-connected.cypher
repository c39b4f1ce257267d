// Degree: agreements acted on plus initiatives joined (attendance excluded).
MATCH (p:Party)
WITH p, COUNT { (p)-[:ACTED_ON]->(:Agreement) } + COUNT { (p)-[m:MEMBER_OF]->(:Initiative) WHERE m.kind <> 'attended' } AS degree
WHERE degree > 0
RETURN labels(p) AS labels, properties(p) AS props, degree
ORDER BY degree DESC, p.name
LIMIT $first
