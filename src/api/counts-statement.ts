import { badInput } from "../shared/errors";
import { fillFragment, type FragmentText } from "./compile/fetch-cypher";
import { CountDimension, CountOf } from "./counts.type";

/**
 * The one statement of a `counts` request, composed from cypher/fragments/counts/: the facts
 * counted (`counts/<of>`, which binds item, hub, day and kind), their parties when a key needs
 * them, one fragment per dimension binding the key k0, k1..., then `counts/rows`, which groups.
 * A filter (the `where` of the lists) goes in as one more fragment right after the first: it
 * sees the same variables and only drops rows (`WITH * WHERE ...`).
 */

/** The fragment of each kind of fact counted, and the dimensions it has. */
const COUNTED: Record<CountOf, { fragment: string; dimensions: readonly CountDimension[] }> = {
  [CountOf.AGREEMENTS]: { fragment: "agreements", dimensions: Object.values(CountDimension) },
  [CountOf.ACTS]: { fragment: "acts", dimensions: Object.values(CountDimension) },
  [CountOf.MEMBERSHIPS]: { fragment: "memberships", dimensions: Object.values(CountDimension) },
  [CountOf.SIGNATURES]: {
    fragment: "signatures",
    dimensions: Object.values(CountDimension).filter((d) => d !== CountDimension.KIND),
  },
};

/** More keys per row multiply the rows (parties × sectors × months...): three is plenty for a chart. */
export const MAX_COUNT_DIMENSIONS = 3;

/** BAD_USER_INPUT for a dimension repeated, one the facts lack, or too many. */
export function checkCountRequest(of: CountOf, by: readonly CountDimension[]): void {
  const available = COUNTED[of].dimensions;
  if (by.length > MAX_COUNT_DIMENSIONS)
    throw badInput(`"by" takes at most ${MAX_COUNT_DIMENSIONS} dimensions; got ${by.length} (${by.join(", ")}).`, {
      argument: "by",
      limit: MAX_COUNT_DIMENSIONS,
    });
  const repeated = by.find((d, i) => by.indexOf(d) !== i);
  if (repeated) throw badInput(`"by" names ${repeated} twice; name each dimension once.`, { argument: "by" });
  const missing = by.find((d) => !available.includes(d));
  if (missing)
    throw badInput(`${of} have no ${missing}: "by" can group them by ${available.join(", ")}.`, {
      argument: "by",
      received: missing,
    });
}

/**
 * The order the key fragments run in, whatever the order of `by` (which only orders the keys of a
 * row): one key per item first, then the sectors (a subquery per row), then the parties, which
 * multiply the rows most; a party × sector matrix so reads each hub's sectors once, not per party.
 */
const EXPANSION_ORDER = [
  CountDimension.YEAR,
  CountDimension.MONTH,
  CountDimension.KIND,
  CountDimension.SECTOR,
  CountDimension.REGION,
  CountDimension.PARTY,
];

/** The type of the hub a `where` of counts filters: the agreement, or a membership's initiative. */
export const hubTypeOf = (of: CountOf) => (of === CountOf.MEMBERSHIPS ? "Initiative" : "Agreement");

export function countsCypher(
  of: CountOf,
  by: readonly CountDimension[],
  fragment: FragmentText,
  where?: { condition: string },
): string {
  checkCountRequest(of, by);
  const counted = COUNTED[of].fragment;
  const fill = (name: string, values: Record<string, string> = {}) => fillFragment(fragment, `counts/${name}`, values);
  const needsParties = by.some((d) => d === CountDimension.PARTY || d === CountDimension.REGION);
  return [
    fill(counted),
    ...(where ? [fill("where", { condition: where.condition })] : []),
    ...(needsParties ? [fill(`${counted}-parties`)] : []),
    ...by
      .map((d, i) => ({ d, i }))
      .sort((a, b) => EXPANSION_ORDER.indexOf(a.d) - EXPANSION_ORDER.indexOf(b.d))
      .map(({ d, i }) => fill(`by-${d.toLowerCase()}`, { i: String(i) })),
    fill("rows", { keys: by.map((_, i) => `k${i}`).join(", ") }),
  ].join("\n");
}
