import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { badInput } from "../shared/errors";
import type { ApiContext } from "./context";
import { countFacts } from "./counts.repository";
import { CountDimension, CountOf, CountRow, GrowthInterval, GrowthPoint } from "./counts.type";
import type { WhereInput } from "./filter/compile-where";
import { whereInput } from "./filter/where-types";
import { membershipGrowth } from "./membership-growth";
import { requireEntity } from "./party-ids";

/** Aggregates for dashboards: counts grouped by dimensions, and an initiative's growth. */
@Resolver()
export class CountsQueries {
  @Query(() => [CountRow], {
    description:
      "How many agreements, acts, memberships or signatures, grouped by up to three dimensions (none: one row, the total), in one statement. A refusal (DECLINED) never counts. Rows come in the order of their keys (times chronologically, others by label); combinations that hold nothing are left out.",
  })
  counts(
    @Arg("of", () => CountOf) of: CountOf,
    @Arg("by", () => [CountDimension], { defaultValue: [] }) by: CountDimension[],
    @Arg("where", () => whereInput("Agreement"), {
      nullable: true,
      description:
        "Only facts about agreements that match (AGREEMENTS, ACTS, SIGNATURES), as agreements(where:) takes.",
    })
    where: WhereInput | undefined,
    @Arg("initiativeWhere", () => whereInput("Initiative"), {
      nullable: true,
      description: "Only memberships of initiatives that match (MEMBERSHIPS), as initiatives(where:) takes.",
    })
    initiativeWhere: WhereInput | undefined,
    @Ctx() { gateway }: ApiContext,
  ) {
    const memberships = of === CountOf.MEMBERSHIPS;
    if (memberships ? where : initiativeWhere)
      throw badInput(
        memberships
          ? "Memberships are filtered by their initiative: give initiativeWhere, not where."
          : `${of} are filtered by their agreement: give where, not initiativeWhere.`,
        { argument: memberships ? "where" : "initiativeWhere" },
      );
    return countFacts(gateway, of, by, memberships ? initiativeWhere : where);
  }

  @Query(() => [GrowthPoint], {
    description:
      "An initiative's members period by period, from its earliest dated membership to today. A membership of unknown start is known to hold only today, so it joins in the last period.",
  })
  async membershipGrowth(
    @Arg("initiative", () => ID) initiative: string,
    @Arg("interval", () => GrowthInterval, { defaultValue: GrowthInterval.MONTH }) interval: GrowthInterval,
    @Ctx() ctx: ApiContext,
  ) {
    const node = await requireEntity(ctx, "initiative", initiative, ["Initiative"]);
    const links = await ctx.loaders.links("MEMBER_OF", "in", node.id);
    return membershipGrowth(
      links.map((l) => ({ rel: l.rel, party: l.node, initiative: node })),
      interval,
      ctx.today,
    );
  }
}
