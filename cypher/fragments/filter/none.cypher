// Filter: no relationship of the pattern that {{holds}} meets the condition.
NOT EXISTS { MATCH {{pattern}} WHERE {{holds}} AND {{condition}} }
