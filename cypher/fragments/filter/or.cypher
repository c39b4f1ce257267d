// Filter: at least one condition holds.
({{a}} OR {{b}})
