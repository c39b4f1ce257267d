import { Field, ID, InputType, Int } from "type-graphql";
import { badInput } from "../shared/errors";
import { DateTimeScalar } from "./scalars";

/**
 * Operator inputs small enough to reuse in every `where`: each names one field's test. Several
 * operators in one input all apply (`{ gte: 2, lte: 3 }` is a range).
 */

@InputType({ description: "Tests on a whole number; several operators all apply." })
export class IntFilter {
  @Field(() => Int, { nullable: true }) eq?: number;
  @Field(() => Int, { nullable: true }) gt?: number;
  @Field(() => Int, { nullable: true }) gte?: number;
  @Field(() => Int, { nullable: true }) lt?: number;
  @Field(() => Int, { nullable: true }) lte?: number;
}

@InputType({ description: "Tests on an id: equal to one, or one of several." })
export class IDFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => [ID], { nullable: true, description: "At most 100 ids." }) in?: string[];
}

@InputType({ description: 'Tests on an instant (ISO 8601, "2026-01-16T00:00:00Z"); several operators all apply.' })
export class DateTimeFilter {
  @Field(() => DateTimeScalar, { nullable: true }) gt?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) gte?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lt?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lte?: Date;
}

const MAX_IDS = 100;

/** The ids an IDFilter allows (null: no test). `eq` and `in` together allow only what both do. */
export function idsOf(name: string, filter: IDFilter | null | undefined): string[] | null {
  if (!filter) return null;
  if (filter.in && filter.in.length > MAX_IDS)
    throw badInput(`"${name}.in" takes at most ${MAX_IDS} ids; got ${filter.in.length}. Split the question.`);
  if (filter.eq != null && filter.in) return filter.in.includes(filter.eq) ? [filter.eq] : [];
  if (filter.eq != null) return [filter.eq];
  return filter.in ?? null;
}

/** An IntFilter as the closed range it allows, { min, max } (null where open). */
export function rangeOf(filter: IntFilter | null | undefined): { min: number | null; max: number | null } {
  const mins = [filter?.eq, filter?.gte, filter?.gt == null ? undefined : filter.gt + 1];
  const maxes = [filter?.eq, filter?.lte, filter?.lt == null ? undefined : filter.lt - 1];
  const known = (values: Array<number | null | undefined>) => values.filter((v): v is number => v != null);
  const min = known(mins);
  const max = known(maxes);
  return { min: min.length ? Math.max(...min) : null, max: max.length ? Math.min(...max) : null };
}

/** A DateTimeFilter as ISO text for a statement's `datetime()`, every operator present (null where absent). */
export function instantsOf(filter: DateTimeFilter | null | undefined) {
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  return { gt: iso(filter?.gt), gte: iso(filter?.gte), lt: iso(filter?.lt), lte: iso(filter?.lte) };
}
