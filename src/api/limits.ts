import { badInput } from "../shared/errors";

/** Argument bounds that every request is checked against before it costs anything. */
export const ARGUMENT_LIMITS: Record<string, { min: number; max: number }> = {
  first: { min: 0, max: 100 },
  last: { min: 0, max: 100 },
  maxHops: { min: 1, max: 4 },
  depth: { min: 1, max: 3 },
};

/**
 * The one range rule: BAD_USER_INPUT naming the argument, its limit and what came. The request
 * check (src/server/limits) applies it to the document before anything runs; resolvers apply it
 * again for callers of the schema itself.
 */
export function checkArgument(name: string, value: unknown): void {
  const limit = ARGUMENT_LIMITS[name];
  if (!limit || value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < limit.min || value > limit.max) {
    throw badInput(`"${name}" must be an integer from ${limit.min} to ${limit.max}; got ${JSON.stringify(value)}.`, {
      argument: name,
      limit: limit.max,
      received: value,
      http: { status: 400 },
    });
  }
}
