import { Completeness } from "./enums";
import type { GraphNode, Link } from "./entity";

/** The acts that make a party of an agreement: everything but a sourced refusal. */
export const takesPart = (act: string) => act !== "declined";

/** The distinct parties of an agreement's ACTED_ON links, refusals left out. */
export const partiesOf = (links: Link[]) => [
  ...new Map(links.filter((l) => takesPart(l.rel.act)).map((l) => [l.node.id, l.node])).values(),
];

export interface PartyListValue {
  completeness: Completeness;
  listed: number;
  reported: number | null;
  note: string | null;
  /** Source ids (resolved by the sources resolver). */
  sources: string[];
}

/**
 * A hub's list as curated: COMPLETE only where a curator set it from a source giving the whole
 * list; anything else is PARTIAL, with no reported count unless a source gives one. For a list as
 * of a past day (`past`), the curated count speaks of today's list and is left out; that list is
 * complete only if today's is and every entry's date is known.
 */
export function partyList(hub: GraphNode, listed: number, past?: { allDated: boolean }): PartyListValue {
  const curatedComplete = hub.listCompleteness === "complete";
  const complete = curatedComplete && (!past || past.allDated);
  const reported = past ? null : ((hub.listReported as number | undefined) ?? null);
  const note =
    (hub.listNote as string | undefined) ??
    (hub.listCompleteness
      ? null
      : "No curator has checked this list against a full list from a source, so it is partial and no count is known.");
  return {
    completeness: complete ? Completeness.COMPLETE : Completeness.PARTIAL,
    listed,
    reported,
    note,
    sources: (hub.listSources as string[] | undefined) ?? [],
  };
}

/** "15 parties" / "1 member". */
export const counted = (n: number, noun: string) => `${n} ${n === 1 ? noun : noun.replace(/y$/, "ie") + "s"}`;
