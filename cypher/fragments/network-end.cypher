// Fragment: the centre ({{centerKind}}: fragments/kind of c), the nodes found in order and the links found at each step, in order, as
// JSON (Gateway.readComposedJson).
RETURN apoc.convert.toJson({ kind: {{centerKind}}, props: properties(c), nodes: nodes, steps: steps }) AS json
