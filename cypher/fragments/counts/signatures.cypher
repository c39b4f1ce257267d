// Fragment: counts(of: SIGNATURES): every signature of a person on an agreement. `day` is the
// signature's own date, else the agreement's; signatures have no kind.
MATCH (:Person)-[item:SIGNED]->(hub:Agreement)
WITH item, hub, coalesce(item.date, hub.signedOn) AS day,
     CASE WHEN item.date IS NULL THEN hub.signedOnPrecision ELSE item.datePrecision END AS dayPrecision,
     null AS kind
