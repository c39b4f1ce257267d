import { createHash } from "node:crypto";
import type { Gateway } from "../db/Gateway";
import { readGraph, type BackupElement } from "./read-graph";

/**
 * Properties a checksum leaves out: `origin` says how a fact arrived (a seed file or an edit), and
 * `firstSeen`/`updatedAt` when this database wrote it, not what it is, so a graph rebuilt from
 * exported seeds or restored from a backup still matches.
 */
export const CHECKSUM_LEAVES_OUT = ["origin", "firstSeen", "updatedAt"];

const MODULUS = 1n << 256n;

/**
 * A fingerprint of the facts (Record nodes: ids, labels, typed properties; the relationships
 * between them), the same across databases: no element ids, no audit entries, no load markers,
 * and independent of the order elements arrive in. Each element's SHA-256 is added modulo 2^256
 * (a multiset hash), so it needs no sorting and no memory beyond one number.
 */
export class GraphChecksum {
  private sum = 0n;
  private nodes = 0;
  private relationships = 0;
  private readonly leaveOut: Set<string>;

  constructor(leaveOut: readonly string[] = CHECKSUM_LEAVES_OUT) {
    this.leaveOut = new Set(leaveOut);
  }

  add(element: BackupElement): void {
    if (element.type === "node" && !element.labels.includes("Record")) return;
    const props = Object.keys(element.properties)
      .filter((key) => !this.leaveOut.has(key))
      .sort()
      .map((key) => [key, element.types[key] ?? "", element.properties[key]]);
    const canonical =
      element.type === "node"
        ? ["node", [...element.labels].sort(), props]
        : ["relationship", element.from, element.relType, element.to, props];
    if (element.type === "node") this.nodes++;
    else this.relationships++;
    const hash = BigInt(`0x${createHash("sha256").update(JSON.stringify(canonical)).digest("hex")}`);
    this.sum = (this.sum + hash) % MODULUS;
  }

  digest(): string {
    return createHash("sha256")
      .update(`${this.nodes}:${this.relationships}:${this.sum.toString(16)}`)
      .digest("hex");
  }
}

/** The checksum of the graph in the database. */
export async function graphChecksum(gateway: Gateway, leaveOut?: readonly string[]): Promise<string> {
  const checksum = new GraphChecksum(leaveOut);
  for await (const element of readGraph(gateway, { kinds: ["Record"] })) checksum.add(element);
  return checksum.digest();
}
