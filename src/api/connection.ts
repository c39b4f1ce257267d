import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../shared/errors";
import { ARGUMENT_LIMITS, checkArgument } from "./limits";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = ARGUMENT_LIMITS.first.max;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean, { description: "True when rows come before this page (after a cursor)." })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor?: string | null;
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
  checkArgument("first", first);
  const limit = first ?? DEFAULT_PAGE_SIZE;
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
    pageInfo: {
      hasNextPage: page.skip + items.length < totalCount,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "At most 100; 20 by default." }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}

/** A top-level list's page: forwards with first/after, or backwards with last/before (keyset cursors). */
@ArgsType()
export class ListPageArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: "The last rows before `before` (or of the list); at most 100." })
  last?: number;
  @Field(() => String, { nullable: true }) before?: string;
}
