// Filter: the subject is one of the values (a list).
{{subject}} IN {{value}}
