import { Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { ARGUMENT_LIMITS } from "../../api/limits";
import { badInput } from "../../shared/errors";

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.FLOAT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/**
 * Checks `first`, `maxHops` and `depth` wherever they appear, literal or variable, so that a bad
 * value is a BAD_USER_INPUT naming the limit before any cost is estimated or any query runs.
 */
export function checkArgumentRanges(document: DocumentNode, variables: Record<string, unknown> = {}): void {
  visit(document, {
    Argument(node) {
      const limit = ARGUMENT_LIMITS[node.name.value];
      if (!limit) return;
      const value = valueOf(node.value, variables);
      if (value === undefined || value === null) return;
      if (typeof value !== "number" || !Number.isInteger(value) || value < limit.min || value > limit.max) {
        throw badInput(
          `"${node.name.value}" must be an integer from ${limit.min} to ${limit.max}; got ${JSON.stringify(value)}.`,
          {
            argument: node.name.value,
            limit: limit.max,
            received: value,
            http: { status: 400 },
          },
        );
      }
    },
  });
}
