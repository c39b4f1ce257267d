// Fragment: no total (totalCount was not asked for, so nothing is counted).
WITH null AS total
