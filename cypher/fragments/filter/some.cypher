// Filter: at least one relationship of the pattern that {{holds}} meets the condition.
EXISTS { MATCH {{pattern}} WHERE {{holds}} AND {{condition}} }
