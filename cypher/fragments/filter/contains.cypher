// Filter: the subject (a text) contains the value.
{{subject}} CONTAINS {{value}}
