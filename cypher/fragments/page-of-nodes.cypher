// Fragment: one page of `matched` (a list of nodes), each with what the selection needs, and the total.
WITH size(matched) AS total, matched[$skip..$skip + $limit] AS page
CALL (page) {
  UNWIND page AS {{var}}
  RETURN collect({{node}}) AS items
}
RETURN total, items
