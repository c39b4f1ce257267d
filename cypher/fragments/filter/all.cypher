// Filter: every relationship of the pattern that {{holds}} meets the condition (true when there is none).
NOT EXISTS { MATCH {{pattern}} WHERE {{holds}} AND NOT coalesce({{condition}}, false) }
