// Fragment: one node as the loaders see it: its {{kind}} (fragments/kind) and {{props}} (the properties its resolvers
// read, as a map projection, or all of them), then {{more}}: only what it has of `whole: true`,
// `links` (followed relationships), `refs` (entities whose ids it holds) and `aggregates` (values
// of fields with arguments, root only), so that an answer carries no empty keys.
{ kind: {{kind}}, props: {{props}}{{more}} }
