// Filter: no condition.
true
