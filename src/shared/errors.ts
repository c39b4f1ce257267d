import { GraphQLError } from "graphql";

/** The codes a client can rely on in `extensions.code`. */
export type ErrorCode =
  "BAD_USER_INPUT" | "NOT_FOUND" | "UNAVAILABLE" | "QUERY_TOO_COMPLEX" | "UNAUTHENTICATED" | "INTERNAL_SERVER_ERROR";

/** An error whose message is safe to show to a client and says what to do. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = "AppError";
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError("BAD_USER_INPUT", message, details);

export const notFound = (
  what: string,
  id: string,
  details: Record<string, unknown> = {},
  message = `No ${what} has the id "${id}".`,
) => new AppError("NOT_FOUND", message, { id, ...details });

export const unavailable = (message: string) => new AppError("UNAVAILABLE", message);

/** A problem in how the program was started (a setting, a missing tool): one line, then exit. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
