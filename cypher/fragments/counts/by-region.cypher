// Fragment: the REGION keys k{{i}} of each item: the regions of its parties, each once; an
// organization takes the region of the country it belongs to, and one of none gives none.
CALL (parties) {
  UNWIND parties AS p
  OPTIONAL MATCH (p)-[:BELONGS_TO]->(c:Country)
  WITH coalesce(p.region, c.region) AS region
  WHERE region IS NOT NULL
  RETURN DISTINCT region AS g{{i}}
}
WITH *, { dimension: 'REGION', id: g{{i}}, label: g{{i}} } AS k{{i}}
