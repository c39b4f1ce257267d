// Keyset: the subject comes after the cursor's value in descending order (missing values came first).
{{subject}} < {{value}}
