// Fragment: the root entity {{var}}, when there is one, with everything its selection needs;
// {{calls}}: the subqueries of its aggregate fields (fragments/partners-of), if any.
WITH {{var}} WHERE {{var}} IS NOT NULL
{{calls}}
RETURN {{node}} AS root
