import type { ApolloServerPlugin } from "@apollo/server";
import { LRUCache } from "lru-cache";
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from "graphql-query-complexity";
import { getVariableValues } from "graphql/execution/values";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import { AppError, badInput } from "../../shared/errors";
import { DEFAULT_PAGE_SIZE } from "../../api/connection";
import { whereCost } from "../../api/filter/compile-where";
import { checkArgumentRanges } from "./check-argument-ranges";

/**
 * A paged field costs its children once per item it may return, plus its `where`: each condition
 * counts, and each level of nesting (a relationship quantifier inside another) multiplies.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  ["first", "after", "last", "before", "where"].some((a) => a in args)
    ? 1 + whereCost(args.where) + childComplexity * Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE)
    : undefined;

/**
 * Before a request runs: the argument ranges first, then its estimated cost against the limit.
 * Fields may declare their own cost with type-graphql's `complexity` option.
 */
export function queryLimitsPlugin(maxComplexity: number): ApolloServerPlugin {
  const costs = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Variables are coerced here first, so that a bad value is the client's error, with its message.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) {
            const variable = /Variable "\$(\w+)"/.exec(coerced.errors[0].message)?.[1];
            const argument = variable ? argumentFedBy(document, variable) : undefined;
            const lead = argument ? `Argument "${argument}": ` : "";
            throw badInput(lead + coerced.errors.map((e) => e.message).join(" "), {
              ...(argument ? { argument } : {}),
              ...(variable ? { variable } : {}),
              http: { status: 400 },
            });
          }
          const cost = costs.of(document, request.operationName, coerced.coerced, () =>
            asClientError(() => {
              checkArgumentRanges(document, coerced.coerced);
              return getComplexity({
                schema,
                query: document,
                variables: coerced.coerced,
                operationName: request.operationName ?? undefined,
                estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            }),
          );
          if (cost > maxComplexity) {
            throw new AppError(
              "QUERY_TOO_COMPLEX",
              `This query would cost ${cost}, over the limit of ${maxComplexity}: ask for fewer fields, smaller pages or less nesting.`,
              {
                cost,
                limit: maxComplexity,
                http: { status: 400 },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * The cost of each document (Apollo keeps one parsed document per query text) with each set of
 * variables seen, so that a dashboard's repeated request walks its document once, not twice a
 * request (the range check and the estimate were a twentieth of a point lookup's CPU). Only costs
 * are kept: a request that fails its checks is checked again each time it comes.
 */
class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, LRUCache<string, number>>();

  of(document: DocumentNode, operationName: string | null | undefined, variables: object, estimate: () => number) {
    let costs = this.byDocument.get(document);
    // A document sent with ever-new variables (a search box) keeps the most recent sets only.
    if (!costs) this.byDocument.set(document, (costs = new LRUCache({ max: MAX_VARIABLE_SETS })));
    const key = JSON.stringify([operationName ?? null, variables]);
    const known = costs.get(key);
    if (known !== undefined) return known;
    const cost = estimate();
    costs.set(key, cost);
    return cost;
  }
}

const MAX_VARIABLE_SETS = 256;

/**
 * graphql-js refuses some valid-looking requests only when argument values are read (an explicit
 * null for a non-null argument with a default): that is the client's mistake, so it is a 400
 * BAD_USER_INPUT naming the argument, never a 500.
 */
function asClientError<T>(estimate: () => T): T {
  try {
    return estimate();
  } catch (error) {
    if (error instanceof AppError || !(error instanceof GraphQLError)) throw error;
    const argument = /Argument "(\w+)"/.exec(error.message)?.[1];
    const hint = /must not be null/.test(error.message)
      ? " Leave the argument out to use its default, or send a value."
      : "";
    throw badInput(`${error.message}${hint}`, { ...(argument ? { argument } : {}), http: { status: 400 } });
  }
}

/** The first argument a variable is passed to, so that an error can name what the client meant to set. */
function argumentFedBy(document: DocumentNode, variable: string): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      if (!found && node.value.kind === Kind.VARIABLE && node.value.name.value === variable) found = node.name.value;
    },
  });
  return found;
}
