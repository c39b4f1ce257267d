// Filter: the subject is above the value.
{{subject}} > {{value}}
