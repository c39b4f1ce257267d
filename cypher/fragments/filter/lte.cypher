// Filter: the subject is at most the value.
{{subject}} <= {{value}}
