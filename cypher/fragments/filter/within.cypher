// Filter: the subject (a date) falls in one of the periods ({ first, last } days), inclusive.
any(period IN {{param}} WHERE {{subject}} >= date(period.first) AND {{subject}} <= date(period.last))
