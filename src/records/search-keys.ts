/**
 * Folds a name for matching: no accents, no apostrophes, lower case, words split by single spaces.
 * "Gideon Sa’ar" and "gideon saar" fold to the same key, as do "États-Unis" and "etats unis";
 * the search query is folded the same way.
 */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/['’‘`ʼ´]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The properties that the full-text index and exact-match ranking read. */
export function searchProperties(names: Array<string | undefined>): { searchText: string; exactKeys: string[] } {
  const keys = [...new Set(names.filter((n): n is string => Boolean(n)).map(foldName))];
  return { searchText: keys.join(" | "), exactKeys: keys };
}
