// Degree: agreements taken part in plus initiatives joined (refusals and attendance excluded).
MATCH (p:Party)
WITH p, COUNT { (p)-[r:ACTED_ON]->(:Agreement) WHERE r.act <> 'declined' } + COUNT { (p)-[m:MEMBER_OF]->(:Initiative) WHERE m.kind <> 'attended' } AS degree
WHERE degree > 0
RETURN labels(p) AS labels, properties(p) AS props, degree
ORDER BY degree DESC, p.name
LIMIT $first
