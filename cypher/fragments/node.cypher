// Fragment: one node as the loaders see it, with the links and referenced entities its selection needs.
{ labels: labels({{var}}), props: properties({{var}}), links: { {{links}} }, refs: {{refs}} }
