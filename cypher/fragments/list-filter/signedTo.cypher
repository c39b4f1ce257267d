// Fragment: `filter: { signedTo }` of agreements (a day).
{{var}}.signedOn <= date($signedTo)
