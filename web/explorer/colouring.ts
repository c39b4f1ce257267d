/**
 * Colouring nodes by a group instead of by type: a country's region (world-countries, as the
 * API's `region`), or the party's bloc (the API's `blocs`, Louvain over the party graph).
 * Okabe–Ito colours (format.ts), so that the groups stay apart with colour-blindness.
 */
import codes from "country-codes";
import type { EntityType } from "./api";
import { GROUP_COLORS, NO_GROUP_COLOR } from "./format";
import type { Colour } from "./url-state";

export const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctic"];

export function regionOf(id: string): string | undefined {
  return codes[id]?.[1];
}

/** Party id -> its bloc's rank (0 = the largest bloc). */
export type BlocIndex = Map<string, number>;

export interface Group {
  name: string;
  color: string;
}

/** The group of a node under `colour`, or undefined when it keeps its type's colour. */
export function groupOf(colour: Colour, blocs: BlocIndex | null, id: string, type: EntityType): Group | undefined {
  if (colour === "type" || (type !== "COUNTRY" && type !== "ORGANIZATION")) return undefined;
  if (colour === "region") {
    const region = regionOf(id);
    return region
      ? { name: region, color: GROUP_COLORS[REGIONS.indexOf(region) % GROUP_COLORS.length] }
      : { name: "No region (organizations)", color: NO_GROUP_COLOR };
  }
  const bloc = blocs?.get(id);
  // Beyond the palette, smaller blocs share the grey of "other".
  return bloc != null && bloc < GROUP_COLORS.length
    ? { name: `Bloc ${bloc + 1}`, color: GROUP_COLORS[bloc] }
    : { name: "Other blocs", color: NO_GROUP_COLOR };
}
