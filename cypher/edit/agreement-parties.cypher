// The parties an agreement already has (a signature is made on behalf of one of them).
MATCH (party:Party)-[act:ACTED_ON]->(:Agreement { id: $id })
WHERE act.act <> 'declined'
RETURN collect(DISTINCT party.id) AS parties
