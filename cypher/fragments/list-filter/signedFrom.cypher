// Fragment: `filter: { signedFrom }` of agreements (a day).
{{var}}.signedOn >= date($signedFrom)
