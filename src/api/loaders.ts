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

  return {
    /** Answers fetched beforehand (a compiled statement): later loads of these keys run no statement. */
    prime: {
      entity: (node: GraphNode) => void entities.prime(node.id, node),
      links: (type: string, direction: Direction, id: string, list: Link[]) =>
        void links(type, direction).prime(id, list),
    },
    entity: (id: string) => entities.load(id),
    entitiesOf: async (ids: readonly string[] | undefined) =>
      (await entities.loadMany(ids ?? [])).filter((n): n is GraphNode => n !== null && !(n instanceof Error)),
    links: (type: string, direction: Direction, id: string) => links(type, direction).load(id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
