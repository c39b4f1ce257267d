// Fragment: the centre and the links found at each step, in order.
RETURN labels(c) AS labels, properties(c) AS props, steps
