// Keyset: the subject comes after the cursor's value in ascending order (missing values come last).
({{subject}} IS NULL OR {{subject}} > {{value}})
