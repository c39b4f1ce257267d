// Filter: the subject (a text) starts with the value.
{{subject}} STARTS WITH {{value}}
