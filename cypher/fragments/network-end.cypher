// Fragment: the centre, the nodes found in order and the links found at each step, in order, as
// JSON (Gateway.readComposedJson).
RETURN apoc.convert.toJson({ labels: labels(c), props: properties(c), nodes: nodes, steps: steps }) AS json
