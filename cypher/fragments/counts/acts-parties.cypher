// Fragment: the party of each act, for the PARTY and REGION keys.
WITH *, [party] AS parties
