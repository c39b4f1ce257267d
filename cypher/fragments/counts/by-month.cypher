// Fragment: the MONTH key k{{i}} of each item: "2026-01"; a date known only to the year gives
// "2026" (which sorts before its months), an undated item "unknown".
WITH *, CASE WHEN day IS NULL THEN { dimension: 'MONTH', id: 'unknown', label: 'date unknown' }
             WHEN dayPrecision = 'YEAR' THEN { dimension: 'MONTH', id: toString(day.year), label: toString(day.year) + ', month unknown' }
             ELSE { dimension: 'MONTH', id: left(toString(day), 7), label: left(toString(day), 7) } END AS k{{i}}
