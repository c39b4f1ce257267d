// Fragment: one row per combination of keys [{{keys}}], with how many distinct items hold it,
// in the order of the keys (times by id, so chronologically; the others by label).
WITH [{{keys}}] AS keys, count(DISTINCT item) AS count
RETURN keys, count
ORDER BY [k IN keys | CASE WHEN k.dimension IN ['YEAR', 'MONTH'] THEN k.id ELSE k.label END]
