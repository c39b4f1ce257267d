import { Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { ARGUMENT_LIMITS, checkArgument } from "../../api/limits";

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
      if (ARGUMENT_LIMITS[node.name.value]) checkArgument(node.name.value, valueOf(node.value, variables));
    },
  });
}
