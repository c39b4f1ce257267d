import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
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

/**
 * Builds a Lucene query from user text that can hold no Lucene syntax: the text is folded and
 * cut into letters-and-digits words, each matched as a prefix (for suggestions as you type).
 */
export function toLuceneQuery(text: string): { query: string; exact: string } | null {
  const exact = foldName(text);
  const words = exact.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !INDEX_STOP_WORDS.has(w));
  if (words.length === 0) return null;
  return { query: words.map((w) => `${w}*`).join(" AND "), exact };
}

@Resolver()
export class SearchQueries {
  @Query(() => [SearchHit], {
    description: "Names, aliases and codes in English and French; case, accents and apostrophes ignored.",
  })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("types", () => [EntityType], { nullable: true }) types: EntityType[] | undefined,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
    @Ctx() { gateway }: ApiContext,
  ) {
    const { limit } = pageRequest(first, null);
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
