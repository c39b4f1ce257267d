import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import DataLoader from "dataloader";
import { int } from "../db/to-plain";
import { AgreementConnection } from "./agreement.type";
import { pageRequest, toConnection, type PageRequest } from "./connection";
import type { ApiContext } from "./context";
import { rowToNode, type GraphNode } from "./entity";
import { membershipsAsOf } from "./memberships";
import { Country, CountryConnection, Membership, Organization, Partnership, Party } from "./party.type";
import { findParty, foldName, optionalEntity } from "./party-ids";
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

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "At most 100; 20 by default." }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}

@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => AgreementConnection, {
    description:
      "Agreements it took part in (refusals left out), newest first; `partialListsNotListing` tells how far the answer rests on partial lists.",
  })
  async agreements(@Root() party: GraphNode, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: ApiContext) {
    const page = pageRequest(first, after);
    const { total, items } = await pagedAgreements(ctx, "read/party-agreements").load({ id: party.id, ...page });
    // A getter: the count costs a scan of the agreements, so it runs only when a query selects it.
    return Object.defineProperty(toConnection(items, total, page), "partialListsNotListing", {
      get: () => partialListsLoader(ctx).load(party.id),
      enumerable: true,
    });
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
      asOf ?? today,
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
  ) {
    const limit = pageRequest(first, null).limit;
    const sectorId = await optionalEntity(ctx, "sector", sector, ["Sector"]);
    const rows = await partnersLoader(ctx, { sector: sectorId, from: from ?? null, to: to ?? null }).load(party.id);
    return rows.slice(0, limit);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Country, { nullable: true })
  async country(@Root() org: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("BELONGS_TO", "out", org.id))[0]?.node ?? null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() org: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("PART_OF", "out", org.id))[0]?.node ?? null;
  }
}

@Resolver()
export class PartyQueries {
  @Query(() => Country, { nullable: true, description: "By alpha-2 or alpha-3 code, any case." })
  async country(@Arg("code", () => String) code: string, @Ctx() { gateway }: ApiContext) {
    const [row] = await gateway.read("read/country-by-code", { code });
    return row ? rowToNode(row) : null;
  }

  @Query(() => Party, { nullable: true, description: "A country code or an organization id." })
  party(@Arg("id", () => ID) id: string, @Ctx() { gateway }: ApiContext) {
    return findParty(gateway, id);
  }

  @Query(() => Organization, { nullable: true })
  async organization(@Arg("id", () => ID) id: string, @Ctx() { loaders }: ApiContext) {
    const node = await loaders.entity(id);
    return node?.__kind === "Organization" ? node : null;
  }

  @Query(() => CountryConnection)
  async countries(
    @Arg("filter", () => CountryFilter, { nullable: true }) filter: CountryFilter | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const memberOf = await optionalEntity(ctx, "memberOf", filter?.memberOf, ["Initiative"]);
    return entitiesPage(ctx, "Country", pageRequest(first, after), {
      region: filter?.region ?? null,
      words: words(filter?.text),
      memberOf,
    });
  }
}

/** Folded words of user text for CONTAINS filters; null when there are none. */
export function words(text: string | undefined | null): string[] | null {
  const list = text
    ? foldName(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
    : [];
  return list.length > 0 ? list : null;
}

/** One page of one entity type (countries, people, initiatives, sources) with optional filters. */
export async function entitiesPage(
  ctx: ApiContext,
  label: string,
  page: PageRequest,
  filters: { region?: string | null; words?: string[] | null; memberOf?: string | null; worksFor?: string | null } = {},
) {
  const [row] = await ctx.gateway.read("read/entities-page", {
    label,
    region: null,
    words: null,
    memberOf: null,
    worksFor: null,
    ...filters,
    skip: int(page.skip),
    limit: int(page.limit),
  });
  const items = (row.page as Array<{ labels: string[]; props: object }>).map(rowToNode);
  return toConnection(items, row.total as number, page);
}

type PageKey = { id: string } & PageRequest;

/** Paged agreement lists of many entities in one statement (per request, per statement). */
export function pagedAgreements(ctx: ApiContext, statement: string) {
  return ctx.loaderFor(
    statement,
    () =>
      new DataLoader<PageKey, { total: number; items: GraphNode[] }, string>(
        async (keys) => {
          const rows = await ctx.gateway.read(statement, {
            keys: keys.map((k) => ({ id: k.id, skip: int(k.skip), limit: int(k.limit) })),
          });
          const byId = new Map(rows.map((row) => [row.id as string, row]));
          return keys.map((k) => {
            const row = byId.get(k.id);
            return {
              total: (row?.total as number) ?? 0,
              items: ((row?.page as Array<{ labels: string[]; props: object }>) ?? []).map(rowToNode),
            };
          });
        },
        { cacheKeyFn: (k) => `${k.id}|${k.skip}|${k.limit}` },
      ),
  );
}

function partialListsLoader(ctx: ApiContext) {
  return ctx.loaderFor(
    "partial-lists-not-listing",
    () =>
      new DataLoader<string, number>(async (ids) => {
        const rows = await ctx.gateway.read("read/partial-lists-not-listing", { ids: [...ids] });
        const byId = new Map(rows.map((row) => [row.id as string, row.count as number]));
        return ids.map((id) => byId.get(id) ?? 0);
      }),
  );
}

function partnersLoader(ctx: ApiContext, args: { sector: string | null; from: string | null; to: string | null }) {
  return ctx.loaderFor(
    `partners|${JSON.stringify(args)}`,
    () =>
      new DataLoader<string, unknown[]>(async (ids) => {
        const rows = await ctx.gateway.read("read/partners", { ids: [...ids], ...args });
        const grouped = new Map<string, unknown[]>();
        for (const row of rows) {
          const list = grouped.get(row.id as string) ?? [];
          // Getters: the linked entities are fetched only when a query selects them.
          list.push({
            partner: rowToNode(row),
            strength: row.strength,
            since: row.since,
            links: (row.links as Array<Record<string, unknown>>).map((link) => ({
              ...link,
              get hub() {
                return ctx.loaders.entity(link.hub as string);
              },
            })),
            get agreements() {
              return ctx.loaders.entitiesOf(row.agreements as string[]);
            },
            get initiatives() {
              return ctx.loaders.entitiesOf(row.initiatives as string[]);
            },
            get sectors() {
              return ctx.loaders.entitiesOf(row.sectors as string[]);
            },
          });
          grouped.set(row.id as string, list);
        }
        return ids.map((id) => grouped.get(id) ?? []);
      }),
  );
}
