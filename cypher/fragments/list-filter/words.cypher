// Fragment: `filter: { text }` of a list, folded into words: its search text holds every one.
all(word IN $words WHERE {{var}}.searchText CONTAINS word)
