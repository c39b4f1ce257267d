// Fragment: keeps the counted rows whose hub (the agreement, or the initiative of a membership)
// meets a `where` filter: {{condition}}, compiled by src/api/filter from the lists' filter plan.
WITH * WHERE {{condition}}
