import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { Agreement } from "./agreement.type";
import { toSignature } from "./agreement.resolver";
import { pageRequest } from "./connection";
import type { ApiContext } from "./context";
import type { GraphNode } from "./entity";
import { Country, Party } from "./party.type";
import { entitiesPage, PageArgs, words } from "./party.resolver";
import { Attendance, Person, PersonConnection, Position, Signature, Statement } from "./person.type";
import { Place } from "./place.type";

@InputType()
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Words in any spelling of the name, accents ignored." }) text?: string;
  @Field(() => ID, { nullable: true, description: "People who held a position at this organization or country." }) worksFor?: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position])
  async positions(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    const links = await loaders.links("HELD_POSITION", "out", p.id);
    return links.map(({ rel, node }) => ({
      ...rel,
      organization: node.__kind === "Organization" ? node : null,
      countryId: node.__kind === "Country" ? node.id : rel.country,
    }));
  }

  @FieldResolver(() => [Signature])
  async signatures(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("SIGNED", "out", p.id)).map((l) => toSignature(l.rel, p, l.node));
  }

  @FieldResolver(() => [Attendance])
  async attendances(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("ATTENDED", "out", p.id)).map((l) => toSignature(l.rel, p, l.node));
  }

  @FieldResolver(() => [Statement])
  async statements(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return (await loaders.links("MADE", "out", p.id)).map((l) => ({ ...l.node, person: p }));
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() position: { countryId?: string }, @Ctx() { loaders }: ApiContext) {
    return position.countryId ? loaders.entity(position.countryId) : null;
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => Party, { nullable: true, description: "One of the agreement's parties." })
  onBehalfOf(@Root() s: { onBehalfOf?: string }, @Ctx() { loaders }: ApiContext) {
    return s.onBehalfOf ? loaders.entity(s.onBehalfOf) : null;
  }

  @FieldResolver(() => Place, { nullable: true })
  place(@Root() s: { place?: string }, @Ctx() { loaders }: ApiContext) {
    return s.place ? loaders.entity(s.place) : null;
  }
}

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Person)
  async person(@Root() s: { id: string; person?: GraphNode }, @Ctx() { loaders }: ApiContext) {
    return s.person ?? (await loaders.links("MADE", "in", s.id))[0]?.node;
  }

  @FieldResolver(() => Agreement, { nullable: true })
  async agreement(@Root() s: { id: string; agreement?: GraphNode }, @Ctx() { loaders }: ApiContext) {
    return s.agreement ?? (await loaders.links("ABOUT", "out", s.id))[0]?.node ?? null;
  }
}

@Resolver()
export class PersonQueries {
  @Query(() => Person, { nullable: true })
  async person(@Arg("id", () => ID) id: string, @Ctx() { loaders }: ApiContext) {
    const node = await loaders.entity(id);
    return node?.__kind === "Person" ? node : null;
  }

  @Query(() => PersonConnection)
  people(@Arg("filter", () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: ApiContext) {
    return entitiesPage(ctx, "Person", pageRequest(first, after), { words: words(filter?.text), worksFor: filter?.worksFor ?? null });
  }
}

