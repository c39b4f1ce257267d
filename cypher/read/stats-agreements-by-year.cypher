MATCH (a:Agreement)
WHERE a.signedOn IS NOT NULL
RETURN a.signedOn.year AS year, count(*) AS count
ORDER BY year
