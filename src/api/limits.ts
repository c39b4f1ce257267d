/** Argument bounds that every request is checked against before it costs anything. */
export const ARGUMENT_LIMITS: Record<string, { min: number; max: number }> = {
  first: { min: 0, max: 100 },
  maxHops: { min: 1, max: 4 },
  depth: { min: 1, max: 3 },
};
