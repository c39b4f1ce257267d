import { GraphQLBoolean, GraphQLID, GraphQLString, type GraphQLScalarType } from "graphql";
import { Field, InputType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../scalars";
import { FILTER_PLAN, REL_OBJECTS, type RelationField, type ScalarField, type ScalarKind } from "./plan";

/**
 * The `where` input types, generated from the filter plan in @neo4j/graphql 7's shape:
 * `{ title: { eq: "…" }, parties: { some: { code: { eq: "FR" } } }, NOT: { … } }`.
 */

type Thunk = () => unknown;
type AnyClass = new () => object;

/** A named input class with nullable fields, made at start from the plan. */
function inputType(name: string, description: string, fields: Record<string, [Thunk, string?]>): AnyClass {
  const Class = { [name]: class {} }[name];
  for (const [field, [type, about]] of Object.entries(fields))
    Field(type as () => GraphQLScalarType, { nullable: true, description: about })(Class.prototype, field);
  InputType(name, { description })(Class);
  return Class;
}

export const STRING_OPERATORS = ["eq", "in", "contains", "startsWith", "lt", "lte", "gt", "gte"] as const;
const COMPARISONS = ["eq", "in", "lt", "lte", "gt", "gte"] as const;

const operatorInput = (name: string, scalar: Thunk, operators: readonly string[], about: string) =>
  inputType(
    name,
    about,
    Object.fromEntries(operators.map((op) => [op, [op === "in" ? () => [scalar()] : scalar]])) as Record<
      string,
      [Thunk]
    >,
  );

const scalarInputs = new Map<string, AnyClass>([
  ["id", operatorInput("IDWhere", () => GraphQLID, STRING_OPERATORS, "Conditions on an id.")],
  [
    "string",
    operatorInput("StringWhere", () => GraphQLString, STRING_OPERATORS, "Conditions on a text (case-sensitive)."),
  ],
  [
    "date",
    operatorInput(
      "DateWhere",
      () => DateScalar,
      COMPARISONS,
      'Conditions on a date; "2023", "2023-05" or "2023-05-14". eq and in match any day of the period; gt/gte/lt/lte compare with its first or last day as a bound would.',
    ),
  ],
  [
    "datetime",
    operatorInput(
      "DateTimeWhere",
      () => DateTimeScalar,
      COMPARISONS,
      "Conditions on an instant (ISO 8601), such as when a record was first seen or last changed.",
    ),
  ],
  ["boolean", operatorInput("BooleanWhere", () => GraphQLBoolean, ["eq"], "A yes/no condition.")],
]);

/** The operators of a scalar kind; enums are registered with the schema in enums.ts. */
function scalarInput(kind: ScalarKind): AnyClass {
  const key = typeof kind === "string" ? kind : kind.name;
  let input = scalarInputs.get(key);
  if (!input && typeof kind !== "string") {
    input = operatorInput(`${kind.name}Where`, () => kind.enum, ["eq", "in"], `Conditions on a ${kind.name}.`);
    scalarInputs.set(key, input);
  }
  return input!;
}

const whereInputs = new Map<string, AnyClass>();
const quantifierInputs = new Map<string, AnyClass>();

export const QUANTIFIERS = ["some", "none", "all"] as const;

/** `{ some, none, all }` over the far nodes (or the relationship objects) of a relationship field. */
function quantifierInput(itemWhere: string): AnyClass {
  let input = quantifierInputs.get(itemWhere);
  if (!input) {
    const item = () => whereInputs.get(itemWhere);
    input = inputType(
      `${itemWhere.replace(/Where$/, "")}ListWhere`,
      `Conditions on a list of ${itemWhere.replace(/Where$/, "")}.`,
      {
        some: [item, "At least one item matches."],
        none: [item, "No item matches."],
        all: [item, "Every item matches (true when there is none)."],
      },
    );
    quantifierInputs.set(itemWhere, input);
  }
  return input;
}

const combinators = (name: string): Record<string, [Thunk, string]> => ({
  AND: [() => [whereInputs.get(name)], "Every condition holds."],
  OR: [() => [whereInputs.get(name)], "At least one condition holds."],
  NOT: [() => whereInputs.get(name), "The condition does not hold."],
});

const scalarFields = (scalars: Record<string, ScalarField>) =>
  Object.fromEntries(
    Object.entries(scalars).map(([name, f]) => {
      const input = scalarInput(f.kind);
      return [name, [() => input] as [Thunk]];
    }),
  );

const relationFields = (relations: Record<string, RelationField>) =>
  Object.fromEntries(
    Object.entries(relations).map(([name, r]) => {
      // Made now: type-graphql reads every input class before it builds the schema.
      const input = quantifierInput(`${r.via ? r.via.object : r.target}Where`);
      return [name, [() => input] as [Thunk]];
    }),
  );

for (const [type, plan] of Object.entries(FILTER_PLAN)) {
  const name = `${type}Where`;
  whereInputs.set(
    name,
    inputType(name, `Conditions on ${type} (all must hold).`, {
      ...scalarFields(plan.scalars),
      ...relationFields(plan.relations),
      ...combinators(name),
    }),
  );
}
for (const [type, object] of Object.entries(REL_OBJECTS)) {
  const name = `${type}Where`;
  const ends = Object.fromEntries(
    Object.entries(object.ends).map(([field, target]) => [field, [() => whereInputs.get(`${target}Where`)] as [Thunk]]),
  );
  whereInputs.set(
    name,
    inputType(name, `Conditions on a ${type}: its own properties and the nodes at its ends.`, {
      ...scalarFields(object.fields),
      ...ends,
      ...combinators(name),
    }),
  );
}

/** The `where` input class of a type of the plan, for a resolver's @Arg. */
export function whereInput(type: string): AnyClass {
  const input = whereInputs.get(`${type}Where`);
  if (!input) throw new Error(`no where input for ${type}`);
  return input;
}
