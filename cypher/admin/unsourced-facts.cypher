// Facts without sources, and source ids that name no Source node: both must be none.
CALL () { MATCH (n:Record) WHERE size(coalesce(n.sources, [])) = 0 RETURN count(n) AS nodesWithout }
CALL () { MATCH ()-[r]->() WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r) AS relationshipsWithout }
CALL () {
  CALL () {
    MATCH (n:Record) UNWIND n.sources AS id RETURN id
    UNION
    MATCH ()-[r]->() UNWIND r.sources AS id RETURN id
  }
  WITH id WHERE NOT EXISTS { (:Source { id: id }) }
  RETURN collect(id) AS unknownSources
}
RETURN nodesWithout, relationshipsWithout, unknownSources
