// Filter: the subject is at least the value.
{{subject}} >= {{value}}
