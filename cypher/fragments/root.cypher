// Fragment: the root entity {{var}}, when there is one, with everything its selection needs;
// {{calls}}: the subqueries of its aggregate fields (fragments/partners-of), if any. The row comes
// as JSON (Gateway.readComposedJson).
WITH {{var}} WHERE {{var}} IS NOT NULL
{{calls}}
RETURN apoc.convert.toJson({ root: {{node}} }) AS json
