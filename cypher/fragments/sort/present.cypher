// Keyset: the subject has a value (after a cursor on a missing value, in descending order).
{{subject}} IS NOT NULL
