import fc from "fast-check";
import { toLuceneQuery } from "../../src/api/search.resolver";

describe("The Lucene queries built from user text", () => {
  it("folds accents and case; the whole text is one term, each word a prefix or one typo away", () => {
    expect(toLuceneQuery("États-Unis")).toEqual({
      exact: "etats unis",
      words: ["etats", "unis"],
      keyQuery: "etats\\ unis etats\\ unis* etats\\ unis~1",
      wordQuery: "(etats* OR etats~1) AND (unis* OR unis~1)",
    });
  });

  it("forgives no typo in short text or in codes with digits", () => {
    expect(toLuceneQuery("AI")).toMatchObject({ keyQuery: "ai ai*", wordQuery: "ai*" });
    expect(toLuceneQuery("Q801")).toMatchObject({ keyQuery: "q801 q801*", wordQuery: "q801*" });
  });

  it("drops the words the index drops, still matches the whole text, and gives nothing for text without words", () => {
    expect(toLuceneQuery("the Republic of Korea")?.wordQuery).toBe("(republic* OR republic~1) AND (korea* OR korea~1)");
    expect(toLuceneQuery("IT")).toMatchObject({ exact: "it", keyQuery: "it it*", wordQuery: null });
    expect(toLuceneQuery("'\":()[]{}")).toBeNull();
  });

  it("never lets Lucene syntax through, whatever the text (property)", () => {
    const term = String.raw`[\p{L}\p{N}]+`;
    const key = new RegExp(String.raw`^(${term}(?:\\ ${term})*) \1\*(?: \1~1)?$`, "u");
    const word = new RegExp(String.raw`^(?:${term}\*|\((${term})\* OR \1~1\))$`, "u");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80, unit: "binary" })), (text) => {
        const built = toLuceneQuery(text);
        if (!built) return;
        expect(built.keyQuery).toMatch(key);
        for (const clause of built.wordQuery?.split(" AND ") ?? []) expect(clause).toMatch(word);
      }),
    );
  });
});
