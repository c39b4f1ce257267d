import { fillFragment, type FragmentText } from "../compile/fetch-cypher";
import { toSeedValue } from "../enums";
import { periodOf } from "../../records/partial-date";
import { FILTER_PLAN, propertyOf, REL_OBJECTS, type RelationField, type ScalarField } from "./plan";

/** A `where` tree as the client sent it (type-graphql's input objects, read as plain records). */
export type WhereInput = { [field: string]: unknown };

export interface CompiledWhere {
  /** A Cypher condition on the node variable, composed from cypher/fragments/filter/. */
  condition: string;
  /** Every value of the tree, by the parameter names the condition uses. */
  params: Record<string, unknown>;
}

const OPERATOR_FRAGMENTS: Record<string, string> = {
  eq: "eq",
  in: "in",
  contains: "contains",
  startsWith: "starts-with",
  lt: "lt",
  lte: "lte",
  gt: "gt",
  gte: "gte",
};

/** Which end of a date's period a comparison reads (a partial date is a period). */
const DATE_BOUND: Record<string, "first" | "last"> = { gte: "first", gt: "last", lt: "first", lte: "last" };

const present = (where: WhereInput | null | undefined) =>
  Object.entries(where ?? {}).filter(([, v]) => v !== undefined && v !== null);

/**
 * Compiles the `where` of a list of `type` on the node `variable` into one condition. Property and
 * relationship names come from the filter plan; every value becomes a parameter (prefix `prefix`),
 * so nothing a client sends is written into the text.
 */
export function compileWhere(
  type: string,
  variable: string,
  where: WhereInput | null | undefined,
  fragment: FragmentText,
  prefix = "w",
): CompiledWhere {
  const { node, params } = whereCompiler(fragment, prefix);
  return { condition: node(type, variable, where ?? {}), params };
}

/**
 * Compiles the `where` of a list of relationship objects (an initiative's memberships): `relVar`
 * is the relationship, `ends` the variables of the nodes at its ends, by field name.
 */
export function compileRelationWhere(
  object: string,
  ends: Record<string, string>,
  relVar: string,
  where: WhereInput | null | undefined,
  fragment: FragmentText,
  prefix = "w",
): CompiledWhere {
  const { relObject, params } = whereCompiler(fragment, prefix);
  return { condition: relObject(object, ends, relVar, where ?? {}), params };
}

function whereCompiler(fragment: FragmentText, prefix: string) {
  const params: Record<string, unknown> = {};
  let counter = 0;
  const fill = (name: string, values: Record<string, string>) => fillFragment(fragment, `filter/${name}`, values);
  const param = (value: unknown) => {
    const name = `${prefix}${++counter}`;
    params[name] = value;
    return `$${name}`;
  };
  const all = (conditions: string[]) =>
    conditions.length === 0 ? fill("anything", {}) : conditions.reduce((a, b) => fill("and", { a, b }));
  const any = (conditions: string[]) =>
    conditions.length === 0
      ? fill("not", { a: fill("anything", {}) })
      : conditions.reduce((a, b) => fill("or", { a, b }));

  /** AND, OR and NOT of a where object, each read by `one`. */
  const combined = (where: WhereInput, one: (w: WhereInput) => string): string[] => {
    const out: string[] = [];
    if (Array.isArray(where.AND)) out.push(all((where.AND as WhereInput[]).map(one)));
    if (Array.isArray(where.OR)) out.push(any((where.OR as WhereInput[]).map(one)));
    if (where.NOT) out.push(fill("not", { a: one(where.NOT as WhereInput) }));
    return out;
  };

  const scalar = (subject: string, field: ScalarField, operators: WhereInput): string[] =>
    present(operators).map(([op, value]) => {
      const kind = field.kind;
      if (kind === "date") {
        const days = (v: string) => periodOf(v) ?? { first: v, last: v };
        if (op === "eq" || op === "in") {
          const periods = (op === "eq" ? [value as string] : (value as string[])).map(days);
          return fill("within", { subject, param: param(periods) });
        }
        const day = days(value as string)[DATE_BOUND[op]];
        return fill(OPERATOR_FRAGMENTS[op], { subject, value: fill("date", { param: param(day) }) });
      }
      if (kind === "datetime") {
        const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
        if (op === "in")
          return fill("in", { subject, value: fill("datetimes", { param: param((value as unknown[]).map(iso)) }) });
        return fill(OPERATOR_FRAGMENTS[op], { subject, value: fill("datetime", { param: param(iso(value)) }) });
      }
      const stored =
        typeof kind === "object"
          ? Array.isArray(value)
            ? value.map((v) => toSeedValue(String(v)))
            : toSeedValue(String(value))
          : value;
      return fill(OPERATOR_FRAGMENTS[op], { subject, value: param(stored) });
    });

  /** A relationship field's `some`/`none`/`all`, from the node `from`. */
  const relation = (from: string, rel: RelationField, quantifiers: WhereInput): string[] =>
    present(quantifiers).map(([quantifier, itemWhere]) => {
      const n = ++counter;
      const relVar = `${prefix}r${n}`;
      const to = `${prefix}n${n}`;
      const pattern = fill(rel.direction === "out" ? "pattern-out" : "pattern-in", {
        from,
        rel: relVar,
        types: rel.types.join("|"),
        to,
      });
      const condition = rel.via
        ? relObject(rel.via.object, { [rel.via.far]: to, [rel.via.near]: from }, relVar, itemWhere as WhereInput)
        : node(rel.target, to, itemWhere as WhereInput);
      const holds = rel.holds ? fill(rel.holds, { rel: relVar }) : fill("anything", {});
      return fill(quantifier, { pattern, holds, condition });
    });

  const node = (type: string, variable: string, where: WhereInput): string => {
    const plan = FILTER_PLAN[type];
    const conditions = present(where).flatMap(([field, value]) => {
      if (field in plan.scalars)
        return scalar(
          `${variable}.${propertyOf(field, plan.scalars[field])}`,
          plan.scalars[field],
          value as WhereInput,
        );
      if (field in plan.relations) return relation(variable, plan.relations[field], value as WhereInput);
      return [];
    });
    return all([...conditions, ...combined(where, (w) => node(type, variable, w))]);
  };

  /** A relationship object (a Membership): its properties on `relVar`, its ends on their variables. */
  const relObject = (object: string, ends: Record<string, string>, relVar: string, where: WhereInput): string => {
    const plan = REL_OBJECTS[object];
    const conditions = present(where).flatMap(([field, value]) => {
      if (field in plan.fields)
        return scalar(`${relVar}.${propertyOf(field, plan.fields[field])}`, plan.fields[field], value as WhereInput);
      if (field in plan.ends) return [node(plan.ends[field], ends[field], value as WhereInput)];
      return [];
    });
    return all([...conditions, ...combined(where, (w) => relObject(object, ends, relVar, w))]);
  };

  return { node, relObject, params };
}

/**
 * What a where tree costs in the estimate: each condition counts 1, and a relationship quantifier
 * (some/none/all) FAN_OUT to the power of its nesting depth, since each level is a subquery run for
 * every item of the level above (four nested levels cost more than the default limit allows).
 */
export function whereCost(where: unknown, depth = 0): number {
  if (Array.isArray(where)) return where.reduce((sum: number, w) => sum + whereCost(w, depth), 0);
  if (!where || typeof where !== "object") return 0;
  return Object.entries(where).reduce((sum: number, [key, v]) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return sum + (Array.isArray(v) ? whereCost(v, depth) : 0);
    const deeper = QUANTIFIERS.includes(key as (typeof QUANTIFIERS)[number]);
    return sum + (deeper ? FAN_OUT ** (depth + 1) : 1) + whereCost(v, deeper ? depth + 1 : depth);
  }, 0);
}

const FAN_OUT = 10;
const QUANTIFIERS = ["some", "none", "all"] as const;
