// Filter: every condition holds.
({{a}} AND {{b}})
