// Fragment: the parties of each agreement for the PARTY and REGION keys: those that acted on it,
// a refusal (declined) excluded.
WITH *, COLLECT { MATCH (item)<-[r:ACTED_ON]-(p:Party) WHERE r.act <> 'declined' RETURN DISTINCT p } AS parties
