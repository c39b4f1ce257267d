MATCH (e:AuditEntry)
WHERE $target IS NULL OR e.target = $target
WITH e ORDER BY e.at DESC, e.id
WITH collect(e) AS matched
RETURN size(matched) AS total,
       [e IN matched[$skip..$skip + $limit] | e { .*, at: toString(e.at) }] AS page
