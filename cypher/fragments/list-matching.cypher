// Fragment: the nodes of one list as {{var}}, labelled {{label}} (from the filter plan), with
// {{conditions}}: a WHERE of the `filter:` arguments given (each a fragment of list-filter/; those
// not given add nothing, so that an unfiltered count can come from the count store) and the
// compiled `where:` argument, or nothing.
MATCH ({{var}}:{{label}})
{{conditions}}
