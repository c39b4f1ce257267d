import type { Gateway } from "../db/Gateway";
import type { GraphNode } from "./entity";

/** The top-level sectors (their children are resolved per sector). */
export async function rootSectors(gateway: Gateway): Promise<GraphNode[]> {
  return (await gateway.read("read/root-sectors")).map(
    (row) => ({ ...(row.props as object), __kind: "Sector" }) as GraphNode,
  );
}
