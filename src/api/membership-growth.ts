import { GrowthInterval } from "./counts.type";
import type { GraphNode } from "./entity";
import { membershipsAsOf, type MembershipLink } from "./memberships";

/**
 * An initiative's membership period by period: who is a member at the end of each (by the
 * rules of `members(asOf:)`, attendance excluded) and who joined or left since the end of the
 * one before. Periods run from the earliest dated start to the one holding today; a membership
 * of unknown start is known to hold only today, so it joins in that last period.
 */

export interface GrowthPeriod {
  period: string;
  from: string;
  to: string;
  memberCount: number;
  members: GraphNode[];
  joined: GraphNode[];
  left: GraphNode[];
}

const pad = (n: number) => String(n).padStart(2, "0");
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** The periods holding `first` through `last` ("YYYY-MM-DD"), each with its first and last day. */
export function periodsBetween(first: string, last: string, interval: GrowthInterval) {
  const periods: Array<{ period: string; from: string; to: string }> = [];
  let y = Number(first.slice(0, 4));
  let m = interval === GrowthInterval.MONTH ? Number(first.slice(5, 7)) : 1;
  const end = interval === GrowthInterval.MONTH ? last.slice(0, 7) : last.slice(0, 4);
  for (;;) {
    const period = interval === GrowthInterval.MONTH ? `${y}-${pad(m)}` : String(y);
    const lastMonth = interval === GrowthInterval.MONTH ? m : 12;
    periods.push({ period, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(lastMonth)}-${pad(daysIn(y, lastMonth))}` });
    if (period >= end) return periods;
    if (interval === GrowthInterval.YEAR || m === 12) [y, m] = [y + 1, 1];
    else m += 1;
  }
}

/** The day before a "YYYY-MM-DD" that is the first of a month. */
const dayBefore = (firstOfMonth: string) => {
  const [y, m] = [Number(firstOfMonth.slice(0, 4)), Number(firstOfMonth.slice(5, 7))];
  return m === 1 ? `${y - 1}-12-31` : `${y}-${pad(m - 1)}-${pad(daysIn(y, m - 1))}`;
};

export function membershipGrowth(links: MembershipLink[], interval: GrowthInterval, today: string): GrowthPeriod[] {
  const counted = links.filter((l) => l.rel.kind !== "attended");
  const membersAt = (day: string) => {
    const byId = new Map<string, GraphNode>();
    const members = membershipsAsOf(counted, day, today).sort((a, b) =>
      String(a.party.name).localeCompare(String(b.party.name)),
    );
    for (const m of members) byId.set(m.party.id, m.party);
    return byId;
  };
  const starts = counted.map((l) => l.rel.since as string | undefined).filter((d): d is string => Boolean(d));
  const first = [...starts, today].sort()[0];
  const periods = periodsBetween(first, today, interval);
  let before = membersAt(dayBefore(periods[0].from));
  return periods.map(({ period, from, to }) => {
    const end = to < today ? to : today;
    const now = membersAt(end);
    const point = {
      period,
      from,
      to: end,
      memberCount: now.size,
      members: [...now.values()],
      joined: [...now.values()].filter((p) => !before.has(p.id)),
      left: [...before.values()].filter((p) => !now.has(p.id)),
    };
    before = now;
    return point;
  });
}
