// Fragment: `filter: { region }` of countries.
{{var}}.region = $region
