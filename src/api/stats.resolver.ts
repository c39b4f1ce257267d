import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import * as stats from "./stats.repository";
import { PartyDegree } from "./party.type";
import { Meta, SectorCount, Stats, YearCount } from "./stats.type";
import { datasetRelease } from "./dataset-release";

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats)
  stats(@Ctx() { gateway }: ApiContext) {
    return stats.entityCounts(gateway);
  }

  @FieldResolver(() => [SectorCount])
  agreementsBySector(@Ctx() { gateway }: ApiContext) {
    return stats.agreementsBySector(gateway);
  }

  @FieldResolver(() => [YearCount])
  agreementsByYear(@Ctx() { gateway }: ApiContext) {
    return stats.agreementsByYear(gateway);
  }

  @FieldResolver(() => [PartyDegree], { description: "Parties with the most agreements and memberships." })
  mostConnected(@Arg("first", () => Int, { defaultValue: 10 }) first: number, @Ctx() { gateway }: ApiContext) {
    return stats.mostConnected(gateway, pageRequest(first, null).limit);
  }

  @Query(() => Meta, { description: "Which dataset is loaded, when, which release it is and how much it holds." })
  async meta(@Ctx() { gateway }: ApiContext) {
    const { checksum, loadedAt } = await stats.loadedDataset(gateway);
    return {
      datasetVersion: checksum,
      loadedAt,
      release: datasetRelease(),
      // Getters: each statement runs only when a query selects its field.
      get counts() {
        return stats.datasetCounts(gateway);
      },
      get revision() {
        return stats.dataRevision(gateway);
      },
    };
  }
}
