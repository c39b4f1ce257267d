// Filter: the subject is below the value.
{{subject}} < {{value}}
