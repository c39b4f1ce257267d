import type { Gateway } from "../db/Gateway";
import { int } from "../db/to-plain";

/**
 * The whole graph read page by page (cypher/export/): memory holds one page, never the graph.
 * Both readers use keyset paging on the Record id constraint, so each page is an index range.
 */

export const PAGE_SIZE = 2_000;

export interface ExportNode {
  id: string;
  /** Its labels, without the technical Record and Entity. */
  labels: string[];
  props: Record<string, unknown>;
}

export interface ExportRelationship {
  /** Unique in the graph: source, kind, key (several acts on one agreement) and target. */
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/** Property keys the export does not carry: folded search text, rebuilt on every load. */
const INTERNAL_KEYS = new Set(["searchText"]);

export async function propertyKeys(
  gateway: Gateway,
  filter: { label?: string | null; type?: string | null } = {},
): Promise<{ nodeKeys: string[]; relationshipKeys: string[] }> {
  const [row] = await gateway.read("export/property-keys", { label: filter.label ?? null, type: filter.type ?? null });
  const clean = (keys: unknown) => (keys as string[]).filter((k) => !INTERNAL_KEYS.has(k)).sort();
  return { nodeKeys: clean(row.nodeKeys), relationshipKeys: clean(row.relationshipKeys) };
}

export async function* nodes(gateway: Gateway, label: string | null = null): AsyncGenerator<ExportNode> {
  let after = "";
  for (;;) {
    const rows = await gateway.read("export/nodes-page", { after, label, limit: int(PAGE_SIZE) });
    for (const row of rows) {
      const props = { ...(row.props as Record<string, unknown>) };
      for (const key of INTERNAL_KEYS) delete props[key];
      yield { id: row.id as string, labels: row.labels as string[], props };
    }
    if (rows.length < PAGE_SIZE) return;
    after = rows[rows.length - 1].id as string;
  }
}

export async function* relationships(gateway: Gateway, type: string | null = null): AsyncGenerator<ExportRelationship> {
  let after = "";
  for (;;) {
    const rows = await gateway.read("export/relationships-page", { after, type, limit: int(PAGE_SIZE) });
    if (rows.length === 0) return;
    for (const row of rows) {
      if (row.type === null) continue;
      const props = row.props as Record<string, unknown>;
      const id = `${row.source as string}-${row.type as string}-${(props.key as string | undefined) ?? ""}-${row.target as string}`;
      yield { id, type: row.type as string, source: row.source as string, target: row.target as string, props };
    }
    after = rows[0].cursor as string;
  }
}
