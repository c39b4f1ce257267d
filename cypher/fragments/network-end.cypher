// Fragment: the centre and the links found at each step, in order, as JSON (Gateway.readComposedJson).
RETURN apoc.convert.toJson({ labels: labels(c), props: properties(c), steps: steps }) AS json
