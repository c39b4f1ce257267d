// The Bolt round trip: the least a statement can cost.
RETURN 1 AS one
