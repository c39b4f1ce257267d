// Filter: the subject equals the value.
{{subject}} = {{value}}
