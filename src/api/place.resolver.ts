import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "./context";
import type { GraphNode } from "./entity";
import { Country } from "./party.type";
import { Place } from "./place.type";

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Country, { nullable: true, description: "Null where sovereignty is disputed." })
  async country(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("LOCATED_IN", "out", p.id))[0]?.node ?? null;
  }

  @FieldResolver(() => Place, { nullable: true })
  async within(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("WITHIN", "out", p.id))[0]?.node ?? null;
  }
}
