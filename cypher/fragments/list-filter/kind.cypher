// Fragment: `filter: { kind }` of agreements.
{{var}}.kind = $kind
