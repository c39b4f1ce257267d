import { getArgumentValues } from "graphql/execution/values";
import { isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema } from "graphql";
import type { ApiContext } from "../context";
import { partnersArgs, primePartners } from "../partners-loader";
import { partnersParams, partnersPlaceholders, type PartnersArgs } from "../party.repository";
import type { Fetch } from "./compile-selection";
import type { FragmentText } from "./fetch-cypher";

/**
 * Fields with arguments whose value a fragment of its own computes (Party.partners), so that a
 * root lookup asking for them still runs one statement. Each names its fragment, turns the
 * field's arguments into the parameters both paths use, and primes the loader the resolver reads.
 */
interface Aggregate<Args> {
  fragment: string;
  args(
    values: Record<string, unknown>,
    field: FieldNode,
    fragments: Record<string, FragmentDefinitionNode>,
    schema: GraphQLSchema,
  ): Args;
  params(args: Args): Record<string, unknown>;
  /** Its fragment's placeholders beyond {{var}} and {{out}}: pieces written only for some arguments. */
  placeholders(fragment: FragmentText, args: Args): Record<string, string>;
  prime(ctx: ApiContext, nodeId: string, args: Args, value: unknown): void;
}

const partners: Aggregate<PartnersArgs> = {
  fragment: "partners-of",
  args: (values, field, fragments, schema) => partnersArgs(values, [field], fragments, schema),
  params: partnersParams,
  placeholders: partnersPlaceholders,
  prime: (ctx, nodeId, args, value) => primePartners(ctx, args, nodeId, value),
};

const AGGREGATES: Record<string, Aggregate<any>> = { partners };

/** An aggregate of the root, its arguments read from the request. */
export interface PlannedAggregate {
  name: string;
  fragment: string;
  args: unknown;
  params: Record<string, unknown>;
  placeholders: (fragment: FragmentText) => Record<string, string>;
}

/**
 * The root's aggregates with their arguments; one whose arguments are refused (a `first` out of
 * range) is left to its resolver, which gives the coded error.
 */
export function planAggregates(
  schema: GraphQLSchema,
  aggregates: Fetch["aggregates"],
  variables: Record<string, unknown>,
  fragments: Record<string, FragmentDefinitionNode>,
): PlannedAggregate[] {
  return aggregates.flatMap(({ name, typeName, field }) => {
    const type = schema.getType(typeName);
    const definition = isObjectType(type) ? type.getFields()[field.name.value] : undefined;
    if (!definition) return [];
    try {
      const aggregate = AGGREGATES[name];
      const args = aggregate.args(getArgumentValues(definition, field, variables), field, fragments, schema);
      return [
        {
          name,
          fragment: aggregate.fragment,
          args,
          params: aggregate.params(args),
          placeholders: (fragment: FragmentText) => aggregate.placeholders(fragment, args),
        },
      ];
    } catch {
      return [];
    }
  });
}

/** Primes the loaders with the aggregates' values, as fetched for the node `nodeId`. */
export function primeAggregates(
  ctx: ApiContext,
  planned: PlannedAggregate[],
  nodeId: string,
  values: Record<string, unknown> | undefined,
) {
  for (const aggregate of planned)
    AGGREGATES[aggregate.name].prime(ctx, nodeId, aggregate.args, values?.[aggregate.name]);
}
