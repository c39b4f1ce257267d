import DataLoader from "dataloader";
import type { Gateway } from "../db/Gateway";
import { rowToLink, rowToNode, type GraphNode, type Link } from "./entity";

export type Direction = "out" | "in";

/**
 * Per-request batching: however many entities a response lists, each kind of lookup below is
 * one Cypher statement per tick of the event loop, never one per entity.
 */
export function createLoaders(gateway: Gateway) {
  const entities = new DataLoader<string, GraphNode | null>(async (ids) => {
    const rows = await gateway.read("read/entities-by-id", { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, rowToNode(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const linkLoaders = new Map<string, DataLoader<string, Link[]>>();
  /** The `type` relationships of a node, out of it or into it, with the node at the other end. */
  const links = (type: string, direction: Direction): DataLoader<string, Link[]> => {
    const key = `${direction}:${type}`;
    let loader = linkLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, Link[]>(async (ids) => {
        const statement = direction === "out" ? "read/outgoing-links" : "read/incoming-links";
        const rows = await gateway.read(statement, { ids: [...ids], type });
        const grouped = new Map<string, Link[]>();
        for (const row of rows) {
          const list = grouped.get(row.id as string) ?? [];
          list.push(rowToLink(row));
          grouped.set(row.id as string, list);
        }
        return ids.map((id) => grouped.get(id) ?? []);
      });
      linkLoaders.set(key, loader);
    }
    return loader;
  };

  // Compiled statements fetch only the properties their selection reads, so one request may fetch
  // the same links twice with different properties (two root fields on one agreement): the later
  // answer's properties are added to the objects already handed out, never dropped.
  const primedLinks = new Map<string, Link[]>();
  const primedEntities = new Map<string, GraphNode>();
  const primeLinks = (type: string, direction: Direction, id: string, list: Link[]) => {
    const key = `${direction}:${type}:${id}`;
    const earlier = primedLinks.get(key);
    if (!earlier) {
      primedLinks.set(key, list);
      links(type, direction).prime(id, list);
    } else if (earlier.length === list.length) {
      earlier.forEach((link, i) => {
        Object.assign(link.rel, list[i].rel);
        Object.assign(link.node, list[i].node);
      });
    }
  };

  return {
    /** Answers fetched beforehand (a compiled statement): later loads of these keys run no statement. */
    prime: {
      entity: (node: GraphNode) => {
        primedEntities.set(node.id, node);
        entities.prime(node.id, node);
      },
      links: primeLinks,
    },
    /** An entity by id: at once when a compiled statement fetched it whole, else batched. */
    entity: (id: string): GraphNode | null | Promise<GraphNode | null> => primedEntities.get(id) ?? entities.load(id),
    /** The entities of a list of ids (unknown ones left out): at once when all were primed. */
    entitiesOf: (ids: readonly string[] | undefined): GraphNode[] | Promise<GraphNode[]> => {
      const primed = (ids ?? []).map((id) => primedEntities.get(id));
      if (primed.every((node) => node !== undefined)) return primed as GraphNode[];
      return entities
        .loadMany(ids ?? [])
        .then((nodes) => nodes.filter((n): n is GraphNode => n !== null && !(n instanceof Error)));
    },
    /**
     * A node's links: at once when a compiled statement fetched them (no promise for graphql-js to
     * wait on, per field and row), else through the batching loader.
     */
    links: (type: string, direction: Direction, id: string): Link[] | Promise<Link[]> =>
      primedLinks.get(`${direction}:${type}:${id}`) ?? links(type, direction).load(id),
  };
}

/** Applies `f` to a value that may still be coming: at once when it is there, else when it comes. */
export const whenReady = <T, R>(value: T | Promise<T>, f: (ready: T) => R): R | Promise<R> =>
  value instanceof Promise ? value.then(f) : f(value);

export type Loaders = ReturnType<typeof createLoaders>;
