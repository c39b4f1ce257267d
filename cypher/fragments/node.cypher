// Fragment: one node as the loaders see it, with the links and referenced entities its selection needs.
// {{props}}: the properties its resolvers read (a map projection), or all of them; {{whole}} says which.
// {{aggregates}}: values of fields with arguments computed by fragments of their own (root only).
{ labels: labels({{var}}), props: {{props}}, whole: {{whole}}, links: { {{links}} }, refs: {{refs}}, aggregates: { {{aggregates}} } }
