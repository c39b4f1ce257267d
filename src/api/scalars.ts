import { GraphQLScalarType, Kind } from "graphql";
import { parsePartialDate } from "../records/partial-date";
import { badInput } from "../shared/errors";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the graph returns: always a whole day (its precision says how much of it is known). */
function checkDay(value: unknown): string {
  if (typeof value === "string" && DAY.test(value) && parsePartialDate(value)) return value;
  throw new TypeError(
    `Date must be a calendar day written YYYY-MM-DD, such as "2026-01-16"; got ${JSON.stringify(value)}`,
  );
}

/**
 * What a client may send: a day, a month or a year. The value stays as written; each argument
 * reads it as the bound it is (see firstDayOf / lastDayOf). A bad one is the client's mistake,
 * BAD_USER_INPUT, whether it came inline or through a variable.
 */
function checkInput(value: unknown): string {
  if (typeof value === "string" && parsePartialDate(value)) return value;
  throw badInput(
    `Date must be a year, a month or a day: "2023", "2023-05" or "2023-05-14"; got ${JSON.stringify(value)}.`,
    { received: value ?? null, accepted: ["YYYY", "YYYY-MM", "YYYY-MM-DD"], http: { status: 400 } },
  );
}

/** A calendar day as "YYYY-MM-DD": never a JS Date, so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description:
    'A calendar day, "YYYY-MM-DD". Read it with its precision where one is given: a MONTH date is the first of that month. As an argument, a month ("2023-05") or a year ("2023") is accepted too: a lower bound takes its first day, an upper bound and `asOf` its last.',
  serialize: (value) => checkDay(value),
  parseValue: (value) => checkInput(value),
  parseLiteral: (ast) => checkInput(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * An instant, ISO 8601 at UTC ("2026-01-16T09:30:00Z"): when a fact was first seen or changed.
 * graphql-scalars checks it (RFC 3339); resolvers get a JS Date, and send Neo4j's text or a Date.
 */
export { GraphQLDateTime as DateTimeScalar } from "graphql-scalars";
