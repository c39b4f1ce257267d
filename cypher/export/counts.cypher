// How many nodes and relationships the whole-graph exports carry (tests compare re-imports).
RETURN COUNT { MATCH (:Record) } AS nodes, COUNT { MATCH (:Record)-[]->(:Record) } AS relationships
