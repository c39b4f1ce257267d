import type { ApolloServerPlugin } from "@apollo/server";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { getVariableValues } from "graphql/execution/values";
import { AppError, badInput } from "../../shared/errors";
import { DEFAULT_PAGE_SIZE } from "../../api/connection";
import { checkArgumentRanges } from "./check-argument-ranges";

/** A paged field costs its children once per item it may return. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  "first" in args || "after" in args ? 1 + childComplexity * Number(args.first ?? DEFAULT_PAGE_SIZE) : undefined;

/**
 * Before a request runs: the argument ranges first, then its estimated cost against the limit.
 * Fields may declare their own cost with type-graphql's `complexity` option.
 */
export function queryLimitsPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Variables are coerced here first, so that a bad value is the client's error, with its message.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) {
            throw badInput(coerced.errors.map((e) => e.message).join(" "), { http: { status: 400 } });
          }
          checkArgumentRanges(document, coerced.coerced);
          const cost = getComplexity({
            schema,
            query: document,
            variables: coerced.coerced,
            operationName: request.operationName ?? undefined,
            estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxComplexity) {
            throw new AppError("QUERY_TOO_COMPLEX", `This query would cost ${cost}, over the limit of ${maxComplexity}: ask for fewer fields, smaller pages or less nesting.`, {
              cost, limit: maxComplexity, http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
