import { isObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

let declared: Set<string> | undefined;

/**
 * Whether `Type.field` (or the field on an interface the type implements) has a type-graphql field
 * resolver, which may read any property of its node; other fields read the property of their name.
 */
export function hasFieldResolver(schema: GraphQLSchema, typeName: string, field: string): boolean {
  declared ??= new Set(
    getMetadataStorage().fieldResolvers.map((f) => `${f.getObjectType?.().name ?? ""}.${f.schemaName}`),
  );
  const type = schema.getType(typeName);
  const names = [typeName, ...(isObjectType(type) ? type.getInterfaces().map((i) => i.name) : [])];
  return names.some((name) => declared!.has(`${name}.${field}`));
}
