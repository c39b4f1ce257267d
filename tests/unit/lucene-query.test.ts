import fc from "fast-check";
import { toLuceneQuery } from "../../src/api/search.resolver";

describe("The Lucene query built from user text", () => {
  it("folds accents and case and matches each word as a prefix", () => {
    expect(toLuceneQuery("États-Unis")).toEqual({ query: "etats* AND unis*", exact: "etats unis" });
  });

  it("drops the words the index drops, and gives nothing for text without words", () => {
    expect(toLuceneQuery("the Republic of Korea")?.query).toBe("republic* AND korea*");
    expect(toLuceneQuery("'\":()[]{}")).toBeNull();
  });

  it("never lets Lucene syntax through, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const built = toLuceneQuery(text);
        if (!built) return;
        for (const term of built.query.split(" AND ")) expect(term).toMatch(/^[\p{L}\p{N}]+\*$/u);
      }),
    );
  });
});
