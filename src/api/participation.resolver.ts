import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { lastDayOf } from "../records/partial-date";
import type { ApiContext } from "./context";
import type { GraphNode, Link } from "./entity";
import { MembershipKind, ParticipationStatus, toEnumValue } from "./enums";
import { Participation } from "./participation.type";
import { counted, partiesOf, partyList, takesPart } from "./party-lists";
import { membershipsAsOf } from "./memberships";
import { requireEntity, requireParty } from "./party-ids";
import { DateScalar } from "./scalars";

const nameOf = (node: GraphNode) => (node.name as string | undefined) ?? node.id;

/** Why a party is not on a list: a complete list settles it, a partial one cannot. */
function absence(listed: number, hub: GraphNode, noun: string) {
  const list = partyList(hub, listed);
  if (list.completeness === "COMPLETE") {
    return {
      status: ParticipationStatus.NOT_PARTY,
      explanation: `Not among the ${counted(listed, noun)}, and the sources give this list in full.`,
    };
  }
  const count =
    list.reported !== null ? `the sources report ${list.reported}` : "no source read gives the full list or a count";
  return {
    status: ParticipationStatus.UNKNOWN,
    explanation: `Not among the ${counted(listed, noun)} listed; ${count}, so this list is partial.`,
  };
}

@Resolver()
export class ParticipationQueries {
  @Query(() => Participation, {
    description:
      "Did this party take part in this agreement or initiative (as of a day)? UNKNOWN when the list is partial and the party is not on it.",
  })
  async participation(
    @Arg("party", () => ID) partyId: string,
    @Arg("in", () => ID) hubId: string,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: ApiContext,
  ) {
    const { gateway, loaders, today } = ctx;
    const [party, hub] = await Promise.all([
      requireParty(gateway, partyId, "party"),
      requireEntity(ctx, "in", hubId, ["Agreement", "Initiative"]),
    ]);
    const day = lastDayOf(asOf) ?? today;
    if (hub.__kind === "Agreement")
      return agreementParticipation(party, hub, await loaders.links("ACTED_ON", "in", hub.id), day, today);
    const links = await loaders.links("MEMBER_OF", "in", hub.id);
    const own = links.filter((l) => l.node.id === party.id);
    const holding = membershipsAsOf(
      own.map((l) => ({ rel: l.rel, party, initiative: hub })),
      day,
      today,
    ).filter((m) => m.kind !== MembershipKind.ATTENDED);
    const base = { party, initiative: hub, agreement: null, acts: [], memberships: holding };
    if (holding.length > 0) {
      const first = holding[0] as (typeof holding)[number] & { since?: string };
      return {
        ...base,
        status: ParticipationStatus.PARTY,
        explanation: `${nameOf(party)} is a member (${String(first.kind).toLowerCase().replace(/_/g, " ")}${first.since ? ` since ${first.since}` : ", date not known"}).`,
      };
    }
    const later = own.find((l) => l.rel.kind !== "attended" && l.rel.since && l.rel.since > day);
    if (later)
      return {
        ...base,
        status: ParticipationStatus.NOT_PARTY,
        explanation: `${nameOf(party)} joined on ${later.rel.since}, after ${day}.`,
      };
    const left = own.find((l) => l.rel.until && l.rel.until < day && l.rel.kind !== "attended");
    if (left)
      return {
        ...base,
        status: ParticipationStatus.NOT_PARTY,
        explanation: `${nameOf(party)} left on ${left.rel.until}.`,
      };
    const members = membershipsAsOf(
      links.map((l) => ({ rel: l.rel, party: l.node, initiative: hub })),
      day,
      today,
    ).filter((m) => m.kind !== MembershipKind.ATTENDED);
    return { ...base, ...absence(new Set(members.map((m) => m.party.id)).size, hub, "member") };
  }
}

function agreementParticipation(party: GraphNode, hub: GraphNode, links: Link[], day: string, today: string) {
  const own = links.filter((l) => l.node.id === party.id);
  const acts = own.map((l) => ({ ...l.rel, act: toEnumValue(l.rel.act), party: l.node }));
  const base = { party, agreement: hub, initiative: null, acts, memberships: [] };
  // An act counts on `day` from its own date on; an undated one only now.
  const inForce = own.filter(
    (l) => takesPart(l.rel.act) && l.rel.act !== "withdrew" && (l.rel.date ? l.rel.date <= day : day >= today),
  );
  const withdrew = own.find((l) => l.rel.act === "withdrew" && l.rel.date && l.rel.date <= day);
  if (inForce.length > 0 && !withdrew) {
    const act = inForce[0];
    return {
      ...base,
      status: ParticipationStatus.PARTY,
      explanation: `${nameOf(party)} ${act.rel.act} it${act.rel.date ? ` on ${act.rel.date}` : " (date not known)"}.`,
    };
  }
  if (withdrew)
    return {
      ...base,
      status: ParticipationStatus.NOT_PARTY,
      explanation: `${nameOf(party)} withdrew on ${withdrew.rel.date}.`,
    };
  const declined = own.find((l) => l.rel.act === "declined");
  if (declined) {
    return {
      ...base,
      status: ParticipationStatus.NOT_PARTY,
      explanation: `${nameOf(party)} declined to sign it${declined.rel.date ? ` (${declined.rel.date})` : ""}, as its sources report.`,
    };
  }
  const later = own.find((l) => takesPart(l.rel.act) && l.rel.date && l.rel.date > day);
  if (later)
    return {
      ...base,
      status: ParticipationStatus.NOT_PARTY,
      explanation: `${nameOf(party)} ${later.rel.act} it on ${later.rel.date}, after ${day}.`,
    };
  return { ...base, ...absence(partiesOf(links).length, hub, "party") };
}
