// Filter: the condition does not hold; a condition on a missing value counts as false, so NOT makes it true.
(NOT coalesce({{a}}, false))
