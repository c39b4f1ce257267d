// Fragment: the party each signature was made on behalf of, for the PARTY and REGION keys.
WITH *, COLLECT { MATCH (p:Entity { id: item.onBehalfOf }) WHERE p:Party RETURN p } AS parties
