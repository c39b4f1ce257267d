import { GraphQLScalarType, Kind } from "graphql";
import { parsePartialDate } from "../records/partial-date";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(value: unknown): string {
  if (typeof value === "string" && DAY.test(value) && parsePartialDate(value)) return value;
  throw new TypeError(
    `Date must be a calendar day written YYYY-MM-DD, such as "2026-01-16"; got ${JSON.stringify(value)}`,
  );
}

/** A calendar day as "YYYY-MM-DD": never a JS Date, so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description:
    'A calendar day, "YYYY-MM-DD". Read it with its precision where one is given: a MONTH date is the first of that month.',
  serialize: (value) => checkDay(value),
  parseValue: (value) => checkDay(value),
  parseLiteral: (ast) => checkDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * An instant, ISO 8601 at UTC ("2026-01-16T09:30:00Z"): when a fact was first seen or changed.
 * graphql-scalars checks it (RFC 3339); resolvers get a JS Date, and send Neo4j's text or a Date.
 */
export { GraphQLDateTime as DateTimeScalar } from "graphql-scalars";
