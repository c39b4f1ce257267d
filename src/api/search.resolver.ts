import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { badInput } from "../shared/errors";
import { searchEntities } from "./search.repository";
import { foldName } from "../records/search-keys";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import { EntityType, entityTypeOf, kindOfEntityType } from "./enums";
import { SearchHit } from "./search.type";

/** The analyzer drops these English words from names, so a prefix query for them finds nothing. */
const INDEX_STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

/** Longer than any name in the graph (278 characters): Lucene refuses prefixes of over 1,000. */
const MAX_SEARCH_TEXT = 300;

/**
 * A name or word of letters only, this long at least, may be one typo away: shorter ones would
 * match too much, and codes with digits (Q801) are copied, not typed from memory.
 */
const FUZZY_FROM = 4;
const mayHaveTypo = (text: string) => text.length >= FUZZY_FROM && !/\p{N}/u.test(text);

export interface SearchQuery {
  /** The folded text, for exact and prefix ranking. */
  exact: string;
  /** Its words less the index's stop words, for the "every word" rank. */
  words: string[];
  /** For the whole-name index: the text exactly, as a prefix, and one typo away (spaces escaped). */
  keyQuery: string;
  /** For the word index: every word as a prefix (or one typo away); null when only stop words remain. */
  wordQuery: string | null;
}

/**
 * Builds the Lucene queries from user text, which can hold no Lucene syntax: the text is folded
 * (letters, digits and single spaces remain) and only our own operators are added.
 */
export function toLuceneQuery(text: string): SearchQuery | null {
  const exact = foldName(text);
  if (!exact) return null;
  const words = exact.split(" ").filter((w) => !INDEX_STOP_WORDS.has(w));
  const key = exact.replace(/ /g, "\\ ");
  const keyQuery = [key, `${key}*`, ...(mayHaveTypo(exact) ? [`${key}~1`] : [])].join(" ");
  const wordQuery =
    words.length > 0 ? words.map((w) => (mayHaveTypo(w) ? `(${w}* OR ${w}~1)` : `${w}*`)).join(" AND ") : null;
  return { exact, words, keyQuery, wordQuery };
}

@Resolver()
export class SearchQueries {
  @Query(() => [SearchHit], {
    description:
      "Names, aliases and codes in English and French; case, accents and apostrophes ignored, one typo forgiven. Exact names, codes and aliases first, then names that begin with the text, then names holding its words, then names one typo away; among equals, entities before sources and better-connected first.",
  })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("types", () => [EntityType], { nullable: true }) types: EntityType[] | undefined,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
    @Ctx() { gateway }: ApiContext,
  ) {
    const { limit } = pageRequest(first, null);
    if (text.length > MAX_SEARCH_TEXT)
      throw badInput(
        `"text" takes at most ${MAX_SEARCH_TEXT} characters, more than the longest name; got ${text.length}.`,
        { argument: "text", limit: MAX_SEARCH_TEXT },
      );
    const lucene = toLuceneQuery(text);
    if (!lucene || limit === 0) return [];
    const rows = await searchEntities(gateway, {
      ...lucene,
      labels: types ? types.map(kindOfEntityType) : null,
      candidates: Math.max(100, limit * 10),
      first: limit,
    });
    return rows.map(({ entity, rank }) => {
      return { score: rank, type: entityTypeOf(entity.__kind), id: entity.id, label: entity.name, entity };
    });
  }
}
