import type { GraphQLResolveInfo } from "graphql";
import { firstDayOf, lastDayOf } from "../records/partial-date";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { agreementsPage } from "./agreement.repository";
import { Agreement, AgreementConnection, AgreementFilter, PartyAct } from "./agreement.type";
import { ListPageArgs } from "./connection";
import { fetchEntityById } from "./compile/prefetch";
import type { WhereInput } from "./filter/compile-where";
import { sortInput } from "./filter/sort";
import { whereInput } from "./filter/where-types";
import type { ApiContext } from "./context";
import type { GraphNode, Link } from "./entity";
import { AgreementOrder, toEnumValue } from "./enums";
import { Initiative } from "./initiative.type";
import { Party } from "./party.type";
import { optionalEntity, requireParty, words } from "./party-ids";
import { Attendance, Signature, Statement } from "./person.type";
import { Place } from "./place.type";
import { Claim, ClaimContradiction, SectorClaim } from "./sector.type";
import { AllianceLink } from "./traversal.type";
import { PartyList } from "./participation.type";
import { ClaimStatus } from "./enums";
import { whenReady } from "./loaders";
import { partiesOf, partyList } from "./party-lists";
import { Source } from "./source.type";

/** Signatures and attendances from links; their `sources` stay ids until a query asks for them. */
export const toSignature = (rel: Link["rel"], person: GraphNode, agreement: GraphNode) => ({
  ...rel,
  person,
  agreement,
});
export const toClaim = (link: Link) => link.node;
export const toSectorClaim = (link: Link) => ({ sector: link.node, sources: link.rel.sources });

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => Place, { nullable: true })
  place(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("SIGNED_AT", "out", a.id), (links) => links[0]?.node ?? null);
  }

  @FieldResolver(() => [Party], {
    description: "Every party that took part in it (signed, ratified, endorsed...); refusals are left out.",
  })
  parties(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("ACTED_ON", "in", a.id), partiesOf);
  }

  @FieldResolver(() => PartyList, {
    description: "Whether `parties` is the whole list, and how many the sources report.",
  })
  partyList(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("ACTED_ON", "in", a.id), (links) => partyList(a, partiesOf(links).length));
  }

  @FieldResolver(() => [PartyAct])
  acts(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("ACTED_ON", "in", a.id), (links) =>
      links.map((l) => ({ ...l.rel, act: toEnumValue(l.rel.act), party: l.node, agreement: a })),
    );
  }

  @FieldResolver(() => [Signature])
  signatures(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("SIGNED", "in", a.id), (links) => links.map((l) => toSignature(l.rel, l.node, a)));
  }

  @FieldResolver(() => [Attendance])
  attendances(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("ATTENDED", "in", a.id), (links) => links.map((l) => toSignature(l.rel, l.node, a)));
  }

  @FieldResolver(() => [SectorClaim])
  sectors(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("COVERS", "out", a.id), (links) => links.map(toSectorClaim));
  }

  @FieldResolver(() => [Initiative])
  async initiatives(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    const [established, implemented] = await Promise.all([
      loaders.links("ESTABLISHES", "out", a.id),
      loaders.links("IMPLEMENTS", "out", a.id),
    ]);
    return [...established, ...implemented].map((l) => l.node);
  }

  @FieldResolver(() => [String])
  async commitments(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("HAS_COMMITMENT", "out", a.id)).map((l) => l.node.text as string);
  }

  @FieldResolver(() => [Agreement])
  async predecessors(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("FOLLOWS", "out", a.id)).map((l) => l.node);
  }

  @FieldResolver(() => [Statement])
  async statements(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("ABOUT", "in", a.id)).map((l) => ({ ...l.node, agreement: a }));
  }

  @FieldResolver(() => [Claim])
  async claims(@Root() a: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("HAS_CLAIM", "out", a.id)).map(toClaim);
  }
}

@Resolver()
export class AgreementQueries {
  @Query(() => Agreement, { nullable: true })
  async agreement(@Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    const node = await fetchEntityById(ctx, info, "Agreement", id);
    return node?.__kind === "Agreement" ? node : null;
  }

  @Query(() => AgreementConnection, {
    description:
      "Agreements matching `filter` and `where` (all must hold), ordered by `sort` (else `orderBy`, newest first by default) with a tie-break on id.",
  })
  async agreements(
    @Arg("filter", () => AgreementFilter, { nullable: true }) filter: AgreementFilter | undefined,
    @Arg("orderBy", () => AgreementOrder, { nullable: true }) orderBy: AgreementOrder | undefined,
    @Arg("where", () => whereInput("Agreement"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("Agreement")], { nullable: true }) sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    const partyIds = [filter?.party, ...(filter?.parties ?? [])].filter((p): p is string => Boolean(p));
    const parties = await Promise.all(
      partyIds.map(async (p) => (await requireParty(ctx.gateway, p, filter?.party === p ? "party" : "parties")).id),
    );
    return agreementsPage(
      ctx,
      info,
      {
        parties: parties.length > 0 ? parties : null,
        signatory: await optionalEntity(ctx, "signatory", filter?.signatory, ["Person"]),
        sector: await optionalEntity(ctx, "sector", filter?.sector, ["Sector"]),
        kind: filter?.kind ?? null,
        initiative: await optionalEntity(ctx, "initiative", filter?.initiative, ["Initiative"]),
        signedFrom: firstDayOf(filter?.signedFrom) ?? null,
        signedTo: lastDayOf(filter?.signedTo) ?? null,
        words: words(filter?.text),
      },
      orderBy ?? AgreementOrder.SIGNED_ON_DESC,
      { ...page, where, sort },
    );
  }
}

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => ClaimStatus)
  status(@Root() c: GraphNode) {
    return toEnumValue((c.status as string | undefined) ?? "current");
  }

  @FieldResolver(() => [Source], { description: "For an ERRONEOUS claim: the sources that settle it." })
  settledBy(@Root() c: GraphNode, @Ctx() { loaders }: ApiContext) {
    return loaders.entitiesOf(c.settledBy as string[] | undefined);
  }

  @FieldResolver(() => [ClaimContradiction], { description: "Facts of this graph that contradict the claim." })
  async contradictedBy(@Root() c: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("CONTRADICTED_BY", "out", c.id)).map((l) => ({ note: l.rel.note, fact: l.node }));
  }
}

@Resolver(() => ClaimContradiction)
export class ClaimContradictionResolver {
  @FieldResolver(() => AllianceLink, { description: "The agreement or initiative that contradicts the claim." })
  fact(@Root() c: { fact: GraphNode }) {
    return c.fact;
  }
}
