import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError } from "../shared/errors";
import { mapDriverError } from "../db/Gateway";

/** Codes graphql-js and Apollo give to a client's own mistakes; their messages are safe to show. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * What a client sees of an error: our coded errors as they are, client mistakes as graphql-js
 * words them, and anything else as a bare INTERNAL_SERVER_ERROR (logged here, never sent). The
 * request's id is added where the request is known (graphql-handler.ts).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = mapDriverError(unwrapResolverError(error));
  // A scalar's own coded error (a bad Date literal) reaches here wrapped as a validation error.
  const coded =
    error instanceof GraphQLError && error.originalError instanceof AppError ? error.originalError : undefined;
  if (coded && !(original instanceof AppError)) {
    return { message: coded.message, locations: formatted.locations, extensions: coded.extensions };
  }
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: original.extensions,
    };
  }
  const depth = /exceeds maximum operation depth of (\d+)/.exec(formatted.message);
  if (depth) {
    return {
      message: `${formatted.message}: nest fewer fields.`,
      locations: formatted.locations,
      extensions: { code: "QUERY_TOO_COMPLEX", limit: Number(depth[1]) },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  // graphql-js reports a bad argument value (a Date scalar's TypeError) without a code.
  if (original instanceof TypeError && formatted.message.includes("Date must be")) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  log(original);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
