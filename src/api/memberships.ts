import type { GraphNode } from "./entity";
import { toEnumValue } from "./enums";

export interface MembershipLink {
  rel: Record<string, any>;
  party: GraphNode;
  initiative: GraphNode;
}

/**
 * The memberships holding at the end of `asOf`: begun by then by the party's own date and not
 * ended before it. One whose start is unknown is known to hold only now (asOf today or later).
 */
export function membershipsAsOf(links: MembershipLink[], asOf: string, today: string) {
  return links
    .filter(({ rel }) => (rel.since ? rel.since <= asOf : asOf >= today) && (!rel.until || rel.until >= asOf))
    .map(({ rel, party, initiative }) => ({ ...rel, kind: toEnumValue(rel.kind), party, initiative }));
}
