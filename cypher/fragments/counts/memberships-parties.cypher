// Fragment: the member of each membership, for the PARTY and REGION keys.
WITH *, [party] AS parties
