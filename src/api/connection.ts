import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../shared/errors";
import { ARGUMENT_LIMITS } from "./limits";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = ARGUMENT_LIMITS.first.max;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

/**
 * A Relay-style connection type for `Item`, named `<Item>Connection`. With `abstract`, a base for
 * a connection class that extends it with fields of its own (the base never reaches the schema).
 */
export function Connection<Item extends object>(
  ItemClass: ClassType<Item>,
  name: string,
  options: { abstract?: boolean } = {},
) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => ItemClass) node!: Item;
  }
  @ObjectType(options.abstract ? `${name}ConnectionBase` : `${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionClass;
}

/** The page a `first`/`after` pair asks for, checked against the limits. */
export interface PageRequest {
  skip: number;
  limit: number;
}

export function pageRequest(first: number | undefined | null, after: string | undefined | null): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}; got ${first}.`, {
      limit: MAX_PAGE_SIZE,
      received: first,
    });
  }
  return { skip: after ? decodeCursor(after) + 1 : 0, limit };
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString("base64");

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!match) throw badInput(`"after" must be a cursor returned by this API (endCursor); got "${cursor}".`);
  return Number(match[1]);
}

export function toConnection<T>(items: T[], totalCount: number, page: PageRequest) {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.skip + items.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
