// Fragment: no total for a relationship page (totalCount was not asked for).
WITH {{near}}, null AS total
