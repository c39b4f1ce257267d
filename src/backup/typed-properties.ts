import neo4j from "neo4j-driver";

/**
 * Properties as a backup file holds them: plain JSON values, and beside them the Cypher type of
 * each value JSON cannot tell apart (an INTEGER from a FLOAT, a DATE from a STRING). Strings,
 * booleans, floats and lists of them carry no type.
 */
export interface TypedProperties {
  properties: Record<string, unknown>;
  types: Record<string, string>;
}

/** A property as the backup statements return it: [key, valueType(value), value]. */
export type PropertyTriple = [string, string, unknown];

const PLAIN_TYPES = new Set([
  "STRING",
  "BOOLEAN",
  "FLOAT",
  "LIST<STRING>",
  "LIST<BOOLEAN>",
  "LIST<FLOAT>",
  "LIST<NOTHING>",
]);
const TYPED = new Set(["INTEGER", "DATE", "ZONED DATETIME", "LOCAL DATETIME"]);

/** "LIST<DATE NOT NULL> NOT NULL" → "LIST<DATE>". */
const normalType = (valueType: string) => valueType.replace(/ NOT NULL/g, "");

export function encodeProperties(triples: PropertyTriple[], owner: string): TypedProperties {
  const properties: Record<string, unknown> = {};
  const types: Record<string, string> = {};
  for (const [key, valueType, value] of triples) {
    const type = normalType(valueType);
    const element = /^LIST<(.+)>$/.exec(type)?.[1] ?? type;
    if (!PLAIN_TYPES.has(type) && !TYPED.has(element))
      throw new Error(`${owner} has property "${key}" of type ${type}, which a backup cannot hold yet.`);
    properties[key] = value;
    if (!PLAIN_TYPES.has(type)) types[key] = type;
  }
  return { properties, types };
}

/** The values to write back: each typed one as the driver type that makes Cypher store that type. */
export function decodeProperties({ properties, types }: TypedProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => {
      const type = types[key];
      if (!type) return [key, value];
      const list = /^LIST<(.+)>$/.exec(type)?.[1];
      return [key, list ? (value as unknown[]).map((v) => decodeValue(list, v)) : decodeValue(type, value)];
    }),
  );
}

const DATE_TIME =
  /^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(Z|[+-]\d\d:\d\d(?::\d\d)?)?(?:\[([^\]]+)\])?$/;

function decodeValue(type: string, value: unknown): unknown {
  if (type === "INTEGER") return neo4j.int(value as number);
  const text = String(value);
  if (type === "DATE") {
    const [y, m, d] = text.split("-").map(Number);
    return new neo4j.types.Date(y, m, d);
  }
  const match = DATE_TIME.exec(text);
  if (!match) throw new Error(`"${text}" is not a ${type} as Neo4j writes one.`);
  const [, y, mo, d, h, mi, s = "0", fraction = "", offset, zone] = match;
  const parts = [
    Number(y),
    Number(mo),
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(fraction.padEnd(9, "0")),
  ] as const;
  if (type === "LOCAL DATETIME") return new neo4j.types.LocalDateTime(...parts);
  if (zone) return new neo4j.types.DateTime(...parts, undefined, zone);
  return new neo4j.types.DateTime(...parts, offsetSeconds(offset ?? "Z"));
}

function offsetSeconds(offset: string): number {
  if (offset === "Z") return 0;
  const [h, m, s = "0"] = offset.slice(1).split(":");
  return (offset[0] === "-" ? -1 : 1) * (Number(h) * 3600 + Number(m) * 60 + Number(s));
}
