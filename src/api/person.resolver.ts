import type { GraphQLResolveInfo } from "graphql";
import { lastDayOf } from "../records/partial-date";
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Query, Resolver, Root } from "type-graphql";
import { Agreement } from "./agreement.type";
import { toSignature } from "./agreement.resolver";
import { ListPageArgs } from "./connection";
import type { WhereInput } from "./filter/compile-where";
import { entitiesPage } from "./filter/list-page";
import { sortInput } from "./filter/sort";
import { whereInput } from "./filter/where-types";
import { fetchEntityById } from "./compile/prefetch";
import type { ApiContext } from "./context";
import { whenReady } from "./loaders";
import type { GraphNode } from "./entity";
import { Country, Party } from "./party.type";
import { Attendance, Person, PersonConnection, Position, Signature, Statement } from "./person.type";
import { Place } from "./place.type";
import { requireEntity, words } from "./party-ids";
import { DateScalar } from "./scalars";

/** `worksFor` names an organization by id or a country by code. */
const requireEntityOrParty = (ctx: ApiContext, id: string) =>
  requireEntity(ctx, "worksFor", id.length === 2 ? id.toUpperCase() : id, ["Organization", "Country"]);

@InputType()
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Words in any spelling of the name, accents ignored." })
  text?: string;
  @Field(() => ID, { nullable: true, description: "People who held a position at this organization or country." })
  worksFor?: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position], {
    description:
      "Its positions; with `asOf`, only those held at the end of that day (an office that ended on an unknown day is left out).",
  })
  async positions(
    @Root() p: GraphNode,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() { loaders }: ApiContext,
  ) {
    const links = await loaders.links("HELD_POSITION", "out", p.id);
    return links
      .filter(({ rel }) => !asOf || heldOn(rel, lastDayOf(asOf)))
      .map(({ rel, node }) => ({
        ...rel,
        organization: node.__kind === "Organization" ? node : null,
        countryId: node.__kind === "Country" ? node.id : rel.country,
      }));
  }

  @FieldResolver(() => [Signature])
  signatures(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("SIGNED", "out", p.id), (links) => links.map((l) => toSignature(l.rel, p, l.node)));
  }

  @FieldResolver(() => [Attendance])
  attendances(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("ATTENDED", "out", p.id), (links) =>
      links.map((l) => toSignature(l.rel, p, l.node)),
    );
  }

  @FieldResolver(() => [Statement])
  statements(@Root() p: GraphNode, @Ctx() { loaders }: ApiContext) {
    return whenReady(loaders.links("MADE", "out", p.id), (links) => links.map((l) => ({ ...l.node, person: p })));
  }
}

/** Held at the end of `day`: begun by then (or begun on an unknown day), and not ended by then. */
function heldOn(rel: Record<string, any>, day: string): boolean {
  if (rel.from && rel.from > day) return false;
  if (rel.toUnknown) return false;
  return !rel.to || rel.to > day;
}

const YEAR_MS = 366 * 24 * 3600 * 1000;

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "False once its end has passed; true when a source dated within the last year names the person in post; otherwise null (the sources do not settle it).",
  })
  async current(@Root() position: Record<string, any>, @Ctx() { loaders, today }: ApiContext) {
    if (position.toUnknown || (position.to && position.to <= today)) return false;
    const sources = await loaders.entitiesOf(position.sources as string[] | undefined);
    const recent = sources.some(
      (s) => s.publishedOn && s.publishedOn <= today && Date.parse(today) - Date.parse(s.publishedOn) <= YEAR_MS,
    );
    return recent ? true : null;
  }

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
  person(@Root() s: { id: string; person?: GraphNode }, @Ctx() { loaders }: ApiContext) {
    return s.person ?? whenReady(loaders.links("MADE", "in", s.id), (links) => links[0]?.node);
  }

  @FieldResolver(() => Agreement, { nullable: true })
  agreement(@Root() s: { id: string; agreement?: GraphNode }, @Ctx() { loaders }: ApiContext) {
    return s.agreement ?? whenReady(loaders.links("ABOUT", "out", s.id), (links) => links[0]?.node ?? null);
  }
}

@Resolver()
export class PersonQueries {
  @Query(() => Person, { nullable: true })
  async person(@Arg("id", () => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: ApiContext) {
    const node = await fetchEntityById(ctx, info, "Person", id);
    return node?.__kind === "Person" ? node : null;
  }

  @Query(() => PersonConnection)
  async people(
    @Arg("filter", () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined,
    @Arg("where", () => whereInput("Person"), { nullable: true }) where: WhereInput | undefined,
    @Arg("sort", () => [sortInput("Person")], { nullable: true }) sort: Array<Record<string, unknown>> | undefined,
    @Args(() => ListPageArgs) page: ListPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: ApiContext,
  ) {
    const worksFor = filter?.worksFor ? (await requireEntityOrParty(ctx, filter.worksFor)).id : null;
    return entitiesPage(ctx, info, "Person", { ...page, where, sort }, { words: words(filter?.text), worksFor });
  }
}
