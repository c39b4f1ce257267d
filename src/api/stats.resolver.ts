import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import { int } from "../db/to-plain";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import { rowToNode } from "./entity";
import { PartyDegree } from "./party.type";
import { Meta, SectorCount, Stats, YearCount } from "./stats.type";
import { datasetRelease } from "./dataset-release";

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats)
  async stats(@Ctx() { gateway }: ApiContext) {
    const [counts] = await gateway.read("read/stats-counts");
    return counts;
  }

  @FieldResolver(() => [SectorCount])
  async agreementsBySector(@Ctx() { gateway }: ApiContext) {
    const rows = await gateway.read("read/stats-agreements-by-sector");
    return rows.map((row) => ({ sector: rowToNode(row), count: row.count }));
  }

  @FieldResolver(() => [YearCount])
  agreementsByYear(@Ctx() { gateway }: ApiContext) {
    return gateway.read("read/stats-agreements-by-year");
  }

  @FieldResolver(() => [PartyDegree], { description: "Parties with the most agreements and memberships." })
  async mostConnected(@Arg("first", () => Int, { defaultValue: 10 }) first: number, @Ctx() { gateway }: ApiContext) {
    const rows = await gateway.read("read/most-connected", { first: int(pageRequest(first, null).limit) });
    return rows.map((row) => ({ party: rowToNode(row), degree: row.degree }));
  }

  @Query(() => Meta, { description: "Which dataset is loaded, when, which release it is and how much it holds." })
  async meta(@Ctx() { gateway }: ApiContext) {
    const [row] = await gateway.read("seed/read-meta");
    return {
      datasetVersion: (row?.checksum as string) ?? "none",
      loadedAt: (row?.loadedAt as string) ?? "never",
      release: datasetRelease(),
      // A getter: counting runs only when a query selects it.
      get counts() {
        return gateway.read("read/meta-counts").then(([counts]) => counts);
      },
    };
  }
}
