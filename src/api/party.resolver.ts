import type { GraphQLResolveInfo } from "graphql";
import { lastDayOf } from "../records/partial-date";
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Query, Resolver, Root } from "type-graphql";
import DataLoader from "dataloader";
import { AgreementConnection, PartyActConnection } from "./agreement.type";
import { relationPage } from "./filter/relation-page";
import { toEnumValue } from "./enums";
import { agreementsOf } from "./agreement.repository";
import { ListPageArgs } from "./connection";
import type { WhereInput } from "./filter/compile-where";
import { entitiesPage } from "./filter/list-page";
import { sortInput } from "./filter/sort";
import { whereInput } from "./filter/where-types";
import { fetchEntityById, fetchRoot } from "./compile/prefetch";
import type { ApiContext } from "./context";
import { whenReady } from "./loaders";
import type { GraphNode } from "./entity";
import { membershipsAsOf } from "./memberships";
import {
  Country,
  CountryConnection,
  Membership,
  Organization,
  OrganizationConnection,
  Partnership,
  Party,
} from "./party.type";
import { optionalEntity, words } from "./party-ids";
import * as parties from "./party.repository";
import { partnersArgs, partnersLoader } from "./partners-loader";
import { DateScalar } from "./scalars";

@InputType()
export class CountryFilter {
  @Field(() => String, { nullable: true, description: "Africa, Americas, Asia, Europe, Oceania, Antarctic" })
  region?: string;
  @Field(() => ID, {
    nullable: true,
    description: "Countries that are members of this initiative (attending excluded).",
  })
  memberOf?: string;
  @Field(() => String, { nullable: true, description: "Words in any of its names, accents ignored." }) text?: string;
}

@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => AgreementConnection, {
    description:
      "Agreements it took part in (refusals left out), newest first; `partialListsNotListing` tells how far the answer rests on partial lists.",
  })
  async agreements(
    @Root() party: GraphNode,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    const connection = await agreementsOf(ctx, info, { party: party.id }, page);
    // A getter: the count costs a scan of the agreements, so it runs only when a query selects it.
    return Object.defineProperty(connection, "partialListsNotListing", {
      get: () => partialListsLoader(ctx).load(party.id),
      enumerable: true,
    });
  }

  @FieldResolver(() => PartyActConnection, {
    description:
      "What it did with agreements (refusals included), filtered by `where` and paged; newest first unless `sort` says otherwise.",
  })
  actsConnection(
    @Root() party: GraphNode,
    @Arg("where", () => whereInput("PartyAct"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("PartyAct")], { nullable: true }) sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    return relationPage(
      ctx,
      info,
      { ...page, owner: "Party", field: "acts", id: party.id, where, sort, defaultSort: [{ date: "DESC" }] },
      (rel, agreement) => ({ ...rel, act: toEnumValue(rel.act as string), party, agreement }),
    );
  }

  @FieldResolver(() => [Membership], { description: "Its memberships as of the end of `asOf` (default today)." })
  async memberships(
    @Root() party: GraphNode,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() { loaders, today }: ApiContext,
  ) {
    const links = await loaders.links("MEMBER_OF", "out", party.id);
    return membershipsAsOf(
      links.map((l) => ({ rel: l.rel, party, initiative: l.node })),
      lastDayOf(asOf) ?? today,
      today,
    );
  }

  @FieldResolver(() => [Partnership], {
    description: "Parties linked by shared agreements or initiatives, strongest first.",
  })
  async partners(
    @Root() party: GraphNode,
    @Arg("sector", () => ID, { nullable: true, description: "Only links covering this sector or a sub-sector." })
    sector: string | undefined,
    @Arg("from", () => DateScalar, { nullable: true }) from: string | undefined,
    @Arg("to", () => DateScalar, { nullable: true }) to: string | undefined,
    @Arg("first", () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const args = partnersArgs({ sector, from, to, first }, info.fieldNodes, info.fragments, info.schema);
    const rows = await partnersLoader(ctx, args).load(party.id);
    // The sector is checked inside the partners statement; only an unknown one costs a lookup more.
    if (rows === null) await optionalEntity(ctx, "sector", sector, ["Sector"]);
    return rows ?? [];
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() org: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("BELONGS_TO", "out", org.id), (links) => links[0]?.node ?? null);
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(@Root() org: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("PART_OF", "out", org.id), (links) => links[0]?.node ?? null);
  }
}

@Resolver()
export class PartyQueries {
  @Query(() => Country, { nullable: true, description: "By alpha-2 or alpha-3 code, any case." })
  country(@Arg("code", () => String) code: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    return fetchRoot(ctx, info, "Country", ["resolve-country", "root"], { code });
  }

  @Query(() => Party, { nullable: true, description: "A country code or an organization id." })
  party(@Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    return fetchRoot(ctx, info, "Party", [["resolve-party", { param: "id" }], "root"], { id });
  }

  @Query(() => Organization, { nullable: true })
  async organization(@Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    const node = await fetchEntityById(ctx, info, "Organization", id);
    return node?.__kind === "Organization" ? node : null;
  }

  @Query(() => OrganizationConnection, {
    description:
      "Ministries, agencies and intergovernmental bodies matching `where`, by name unless `sort` says otherwise.",
  })
  organizations(
    @Arg("where", () => whereInput("Organization"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("Organization")], { nullable: true })
    sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    return entitiesPage(ctx, info, "Organization", { ...page, where, sort });
  }

  @Query(() => CountryConnection)
  async countries(
    @Arg("filter", () => CountryFilter, { nullable: true }) filter: CountryFilter | undefined,
    @Arg("where", () => whereInput("Country"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("Country")], { nullable: true }) sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    const memberOf = await optionalEntity(ctx, "memberOf", filter?.memberOf, ["Initiative"]);
    return entitiesPage(
      ctx,
      info,
      "Country",
      { ...page, where, sort },
      {
        region: filter?.region ?? null,
        words: words(filter?.text),
        memberOf,
      },
    );
  }
}

function partialListsLoader(ctx: ApiContext) {
  return ctx.loaderFor(
    "partial-lists-not-listing",
    () =>
      new DataLoader<string, number>(async (ids) => {
        const byId = await parties.partialListsNotListing(ctx.gateway, ids);
        return ids.map((id) => byId.get(id) ?? 0);
      }),
  );
}
