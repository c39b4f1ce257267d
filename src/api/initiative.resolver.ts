import type { GraphQLResolveInfo } from "graphql";
import { lastDayOf } from "../records/partial-date";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { toClaim, toSectorClaim } from "./agreement.resolver";
import { Agreement } from "./agreement.type";
import { ListPageArgs } from "./connection";
import type { WhereInput } from "./filter/compile-where";
import { entitiesPage } from "./filter/list-page";
import { sortInput } from "./filter/sort";
import { whereInput } from "./filter/where-types";
import { fetchEntityById } from "./compile/prefetch";
import type { ApiContext } from "./context";
import { whenReady } from "./loaders";
import type { GraphNode } from "./entity";
import { MembershipKind } from "./enums";
import { Initiative, InitiativeConnection } from "./initiative.type";
import { Membership, MembershipConnection } from "./party.type";
import { relationPage } from "./filter/relation-page";
import { toEnumValue } from "./enums";
import { membershipsAsOf } from "./memberships";
import { DateScalar } from "./scalars";
import { Claim, SectorClaim } from "./sector.type";
import { PartyList } from "./participation.type";
import { partyList } from "./party-lists";

@Resolver(() => Initiative)
export class InitiativeResolver {
  @FieldResolver(() => [Membership], {
    description: "Memberships holding at the end of `asOf` (default today), of the given kinds.",
  })
  async members(
    @Root() initiative: GraphNode,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Arg("kinds", () => [MembershipKind], { nullable: true }) kinds: MembershipKind[] | undefined,
    @Ctx() { loaders, today }: ApiContext,
  ) {
    const links = await loaders.links("MEMBER_OF", "in", initiative.id);
    const members = membershipsAsOf(
      links.map((l) => ({ rel: l.rel, party: l.node, initiative })),
      lastDayOf(asOf) ?? today,
      today,
    );
    return kinds ? members.filter((m) => kinds.includes(m.kind as MembershipKind)) : members;
  }

  @FieldResolver(() => MembershipConnection, {
    description:
      "Every membership, past ones and attendances included, filtered by `where` and paged; by `since` unless `sort` says otherwise.",
  })
  membersConnection(
    @Root() initiative: GraphNode,
    @Arg("where", () => whereInput("Membership"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("Membership")], { nullable: true }) sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    return relationPage(
      ctx,
      info,
      {
        ...page,
        owner: "Initiative",
        field: "members",
        id: initiative.id,
        where,
        sort,
        defaultSort: [{ since: "ASC" }],
      },
      (rel, party) => ({ ...rel, kind: toEnumValue(rel.kind as string), party, initiative }),
    );
  }

  @FieldResolver(() => PartyList, {
    description:
      "Whether the members as of `asOf` (default today; attending excluded) are the whole list, and how many the sources report.",
  })
  async memberList(
    @Root() initiative: GraphNode,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() { loaders, today }: ApiContext,
  ) {
    const links = await loaders.links("MEMBER_OF", "in", initiative.id);
    const day = lastDayOf(asOf) ?? today;
    const members = membershipsAsOf(
      links.map((l) => ({ rel: l.rel, party: l.node, initiative })),
      day,
      today,
    ).filter((m) => m.kind !== MembershipKind.ATTENDED);
    const past = day < today ? { allDated: links.every((l) => l.rel.since) } : undefined;
    return partyList(initiative, new Set(members.map((m) => m.party.id)).size, past);
  }

  @FieldResolver(() => [Agreement], { description: "Agreements that establish or implement it." })
  async agreements(@Root() i: GraphNode, @Ctx() { loaders }: ApiContext) {
    const [established, implemented] = await Promise.all([
      loaders.links("ESTABLISHES", "in", i.id),
      loaders.links("IMPLEMENTS", "in", i.id),
    ]);
    return [...established, ...implemented].map((l) => l.node);
  }

  @FieldResolver(() => [SectorClaim])
  sectors(@Root() i: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("COVERS", "out", i.id), (links) => links.map(toSectorClaim));
  }

  @FieldResolver(() => [Claim])
  claims(@Root() i: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("HAS_CLAIM", "out", i.id), (links) => links.map(toClaim));
  }
}

@Resolver()
export class InitiativeQueries {
  @Query(() => Initiative, { nullable: true })
  async initiative(@Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    const node = await fetchEntityById(ctx, info, "Initiative", id);
    return node?.__kind === "Initiative" ? node : null;
  }

  @Query(() => InitiativeConnection)
  initiatives(
    @Arg("where", () => whereInput("Initiative"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("Initiative")], { nullable: true }) sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    return entitiesPage(ctx, info, "Initiative", { ...page, where, sort });
  }
}
