// Keyset: the subject has no value, as the cursor's row had none.
{{subject}} IS NULL
