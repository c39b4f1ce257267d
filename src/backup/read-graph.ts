import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";
import { encodeProperties, type PropertyTriple, type TypedProperties } from "./typed-properties";

/**
 * The kinds of node the project writes, each unique by `id`: facts, load markers, the audit trail,
 * the change log. The revision marker is not among what a backup holds: it belongs to the live
 * database, whose revision a restore raises (it must never go back).
 */
export const NODE_KINDS = ["Record", "Meta", "AuditEntry", "Change"] as const;

export interface BackupNode extends TypedProperties {
  type: "node";
  labels: string[];
}

export interface BackupRelationship extends TypedProperties {
  type: "relationship";
  relType: string;
  from: string;
  to: string;
}

export type BackupElement = BackupNode | BackupRelationship;

export interface Census {
  records: number;
  metas: number;
  auditEntries: number;
  changes: number;
  relationships: number;
  strays: number;
  looseRelationships: number;
  restoring: number;
}

export const census = async (gateway: Gateway) => (await gateway.read("backup/census"))[0] as unknown as Census;

/**
 * Every node (Records, then Meta markers, then audit entries), then every relationship, page by
 * page in id order, with the types of their properties: what a backup holds and a checksum hashes.
 */
export async function* readGraph(
  gateway: Gateway,
  options: { pageSize?: number; kinds?: readonly (typeof NODE_KINDS)[number][] } = {},
): AsyncGenerator<BackupElement> {
  const limit = int(options.pageSize ?? 2000);
  for (const label of options.kinds ?? NODE_KINDS) {
    for (let after = ""; ;) {
      const rows = await gateway.read("backup/nodes-page", { label, after, limit });
      for (const row of rows) {
        const owner = `${label} "${row.id}"`;
        yield {
          type: "node",
          labels: row.labels as string[],
          ...encodeProperties(row.props as PropertyTriple[], owner),
        };
      }
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id as string;
    }
  }
  for (let after = ""; ;) {
    const rows = await gateway.read("backup/relationships-page", { after, limit });
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.type === null) continue;
      const owner = `the ${row.type} relationship from "${row.from}" to "${row.to}"`;
      yield {
        type: "relationship",
        relType: row.type as string,
        from: row.from as string,
        to: row.to as string,
        ...encodeProperties(row.props as PropertyTriple[], owner),
      };
    }
    after = rows[0].cursor as string;
  }
}
