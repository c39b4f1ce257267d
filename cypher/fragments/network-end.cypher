// Fragment: the centre (its id, name and {{centerKind}}: fragments/kind of c), the nodes found in
// order and the links found at each step, in order, as JSON (Gateway.readComposedJson).
RETURN apoc.convert.toJson({ id: c.id, kind: {{centerKind}}, name: c.name, nodes: nodes, steps: steps }) AS json
