// Fragment: the YEAR key k{{i}} of each item: the year of `day`, or "unknown" when undated.
WITH *, CASE WHEN day IS NULL THEN { dimension: 'YEAR', id: 'unknown', label: 'date unknown' }
             ELSE { dimension: 'YEAR', id: toString(day.year), label: toString(day.year) } END AS k{{i}}
