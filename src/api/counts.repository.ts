import type { Gateway } from "../db/Gateway";
import { countsCypher, hubTypeOf } from "./counts-statement";
import { compileWhere, type WhereInput } from "./filter/compile-where";
import { CountDimension, CountOf, type CountRow } from "./counts.type";
import { toEnumValue } from "./enums";

/** The `counts` statement (composed in counts-statement.ts) and the shape of its rows. */

/** Kinds as the counted field spells them: PartyAct.act and Membership.kind are enums, Agreement.kind is not. */
const KIND_AS_ENUM: Record<CountOf, boolean> = {
  [CountOf.AGREEMENTS]: false,
  [CountOf.ACTS]: true,
  [CountOf.MEMBERSHIPS]: true,
  [CountOf.SIGNATURES]: false,
};

export async function countFacts(
  gateway: Gateway,
  of: CountOf,
  by: readonly CountDimension[],
  where?: WhereInput,
): Promise<CountRow[]> {
  const fragment = (name: string) => gateway.fragment(name);
  const filter = where ? compileWhere(hubTypeOf(of), "hub", where, fragment) : undefined;
  const text = countsCypher(of, by, fragment, filter);
  const rows = await gateway.readComposed("compiled/counts", text, filter?.params ?? {});
  return rows.map((row) => ({
    count: row.count as number,
    keys: (row.keys as Array<{ dimension: CountDimension; id: string; label: string }>).map((key) =>
      key.dimension === CountDimension.KIND
        ? { ...key, id: KIND_AS_ENUM[of] ? toEnumValue(key.id) : key.id, label: key.label.replace(/-/g, " ") }
        : key,
    ),
  }));
}
