import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import type { Gateway } from "../db/Gateway";
import { badInput } from "../shared/errors";
import { nodes, propertyKeys, relationships, type ExportNode, type ExportRelationship } from "./graph-pages";

/**
 * The exports: the whole graph as GraphML, GEXF or JSON-LD, and one CSV table per kind of record
 * or link. Each streams page by page into `out`, waiting whenever `out` is full, so memory stays
 * flat however large the graph. `describe` names the dataset version in every file's metadata.
 */

export const GRAPH_FORMATS = ["graphml", "gexf", "jsonld"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The CSV tables: nodes of a label, or relationships of a type (columns source, target, ...). */
export const TABLES = {
  agreements: { label: "Agreement" },
  initiatives: { label: "Initiative" },
  parties: { label: "Party" },
  people: { label: "Person" },
  sources: { label: "Source" },
  positions: { type: "HELD_POSITION" },
  acts: { type: "ACTED_ON" },
  signatures: { type: "SIGNED" },
  memberships: { type: "MEMBER_OF" },
} as const satisfies Record<string, { label: string } | { type: string }>;
export type TableName = keyof typeof TABLES;

export interface DatasetVersion {
  /** The release in CITATION.cff. */
  version: string;
  /** The checksum of the seed files loaded last. */
  checksum: string;
  /** The data revision (`Meta.revision`) when the export began: every write raises it. */
  revision: number;
  /** Where the JSON-LD context is served, e.g. http://localhost:4000/export/context.jsonld. */
  contextUrl: string;
}

/** The file an export is saved as: the dataset version is in its name. */
export function exportFileName(name: string, extension: string, dataset: DatasetVersion): string {
  return `alliance-graph-${dataset.version}-${name}.${extension}`;
}

export function parseGraphFormat(format: string): GraphFormat {
  if ((GRAPH_FORMATS as readonly string[]).includes(format)) return format as GraphFormat;
  throw badInput(`Unknown export format "${format}"; the formats are ${GRAPH_FORMATS.join(", ")} and csv.`, {
    argument: "format",
    received: format,
  });
}

export function parseTable(table: string): TableName {
  if (Object.hasOwn(TABLES, table)) return table as TableName;
  throw badInput(`Unknown table "${table}"; the tables are ${Object.keys(TABLES).join(", ")}.`, {
    argument: "table",
    received: table,
  });
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

const xml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

/** A property as text: lists as JSON arrays, everything else as written. */
const text = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : String(value));

const nodeLabel = (n: ExportNode) => String(n.props.name ?? n.props.title ?? n.props.id);

export async function writeGraph(gateway: Gateway, format: GraphFormat, out: Writable, dataset: DatasetVersion) {
  if (format === "jsonld") return writeJsonLd(gateway, out, dataset);
  const { nodeKeys, relationshipKeys } = await propertyKeys(gateway);
  const graph: ExportGraph = {
    nodeKeys,
    relationshipKeys,
    nodes: nodes(gateway),
    relationships: relationships(gateway),
  };
  if (format === "graphml") return writeGraphMl(out, dataset, graph);
  return writeGexf(out, dataset, graph);
}

/** What the XML writers stream: the keys first (both formats declare them), then the items. */
export interface ExportGraph {
  nodeKeys: string[];
  relationshipKeys: string[];
  nodes: AsyncIterable<ExportNode> | Iterable<ExportNode>;
  relationships: AsyncIterable<ExportRelationship> | Iterable<ExportRelationship>;
}

export const NETWORK_FORMATS = ["graphml", "gexf", "csv", "json"] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export function parseNetworkFormat(format: string): NetworkFormat {
  if ((NETWORK_FORMATS as readonly string[]).includes(format)) return format as NetworkFormat;
  throw badInput(`Unknown network format "${format}"; the formats are ${NETWORK_FORMATS.join(", ")}.`, {
    argument: "format",
    received: format,
  });
}

/** A subgraph already in memory (the network around an entity, bounded by its limits). */
export async function writeSubgraph(
  out: Writable,
  format: NetworkFormat,
  dataset: DatasetVersion,
  subgraph: { nodes: ExportNode[]; relationships: ExportRelationship[] },
) {
  const keysOf = (items: Array<{ props: Record<string, unknown> }>) =>
    [...new Set(items.flatMap((i) => Object.keys(i.props)))].sort();
  const graph: ExportGraph = {
    nodeKeys: keysOf(subgraph.nodes),
    relationshipKeys: keysOf(subgraph.relationships),
    ...subgraph,
  };
  if (format === "graphml") return writeGraphMl(out, dataset, graph);
  if (format === "gexf") return writeGexf(out, dataset, graph);
  if (format === "json") {
    const body = {
      dataset: { version: dataset.version, checksum: dataset.checksum, revision: dataset.revision },
      ...subgraph,
    };
    return write(out, `${JSON.stringify(body)}\n`);
  }
  const columns = ["id", "source", "target", "kind", ...graph.relationshipKeys];
  const csv = stringify({ header: true, columns, record_delimiter: "\r\n" });
  csv.pipe(out, { end: false });
  for (const r of subgraph.relationships)
    csv.write({
      ...Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, cell(v)])),
      id: r.id,
      source: r.source,
      target: r.target,
      kind: r.type,
    });
  csv.end();
  await once(csv, "end");
}

async function writeGraphMl(out: Writable, dataset: DatasetVersion, graph: ExportGraph) {
  const { nodeKeys, relationshipKeys } = graph;
  const keyLines = [
    `<key id="gv" for="graph" attr.name="datasetVersion" attr.type="string"/>`,
    `<key id="gc" for="graph" attr.name="datasetChecksum" attr.type="string"/>`,
    `<key id="gr" for="graph" attr.name="dataRevision" attr.type="int"/>`,
    `<key id="nl" for="node" attr.name="labels" attr.type="string"/>`,
    ...nodeKeys.map((k, i) => `<key id="n${i}" for="node" attr.name="${xml(k)}" attr.type="string"/>`),
    `<key id="ek" for="edge" attr.name="kind" attr.type="string"/>`,
    ...relationshipKeys.map((k, i) => `<key id="e${i}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`),
  ];
  await write(
    out,
    `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n` +
      `<desc>Alliance Graph ${xml(dataset.version)} (seed checksum ${xml(dataset.checksum)}, revision ${dataset.revision})</desc>\n` +
      `${keyLines.join("\n")}\n<graph id="alliance-graph" edgedefault="directed">\n` +
      `<data key="gv">${xml(dataset.version)}</data><data key="gc">${xml(dataset.checksum)}</data><data key="gr">${dataset.revision}</data>\n`,
  );
  const data = (keys: string[], prefix: string, props: Record<string, unknown>) =>
    keys
      .map((k, i) =>
        props[k] === undefined || props[k] === null ? "" : `<data key="${prefix}${i}">${xml(text(props[k]))}</data>`,
      )
      .join("");
  for await (const n of graph.nodes)
    await write(
      out,
      `<node id="${xml(n.id)}"><data key="nl">${xml(n.labels.join(":"))}</data>${data(nodeKeys, "n", n.props)}</node>\n`,
    );
  for await (const r of graph.relationships)
    await write(
      out,
      `<edge id="${xml(r.id)}" source="${xml(r.source)}" target="${xml(r.target)}"><data key="ek">${xml(r.type)}</data>${data(relationshipKeys, "e", r.props)}</edge>\n`,
    );
  await write(out, `</graph>\n</graphml>\n`);
}

async function writeGexf(out: Writable, dataset: DatasetVersion, graph: ExportGraph) {
  const { nodeKeys, relationshipKeys } = graph;
  const attributes = (cls: string, keys: string[]) =>
    `<attributes class="${cls}">${["labels", ...keys].map((k, i) => `<attribute id="${i}" title="${xml(k)}" type="string"/>`).join("")}</attributes>`;
  const values = (keys: string[], props: Record<string, unknown>, first: string) => {
    const list = [`<attvalue for="0" value="${xml(first)}"/>`];
    keys.forEach((k, i) => {
      if (props[k] !== undefined && props[k] !== null)
        list.push(`<attvalue for="${i + 1}" value="${xml(text(props[k]))}"/>`);
    });
    return `<attvalues>${list.join("")}</attvalues>`;
  };
  await write(
    out,
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n` +
      `<meta><creator>Alliance Graph</creator><description>Alliance Graph ${xml(dataset.version)} (seed checksum ${xml(dataset.checksum)}, revision ${dataset.revision})</description></meta>\n` +
      `<graph defaultedgetype="directed" mode="static">\n${attributes("node", nodeKeys)}\n${attributes("edge", relationshipKeys)}\n<nodes>\n`,
  );
  for await (const n of graph.nodes)
    await write(
      out,
      `<node id="${xml(n.id)}" label="${xml(nodeLabel(n))}">${values(nodeKeys, n.props, n.labels.join(":"))}</node>\n`,
    );
  await write(out, `</nodes>\n<edges>\n`);
  for await (const r of graph.relationships)
    await write(
      out,
      `<edge id="${xml(r.id)}" source="${xml(r.source)}" target="${xml(r.target)}" label="${xml(r.type)}">${values(relationshipKeys, r.props, r.type)}</edge>\n`,
    );
  await write(out, `</edges>\n</graph>\n</gexf>\n`);
}

/**
 * JSON-LD: each node under its id (resolved against the context's @base), typed by its labels;
 * each relationship as a node of its own (`from`, `to`, its dates and sources). An act on an
 * agreement also adds Wikidata's P1891 (signatory) to the agreement. schema/context.jsonld maps
 * the terms onto schema.org and Wikidata (P585 point in time, P854 reference URL).
 */
async function writeJsonLd(gateway: Gateway, out: Writable, dataset: DatasetVersion) {
  const header = {
    "@context": dataset.contextUrl,
    "@id": `dataset/${dataset.version}`,
    "@type": "Dataset",
    name: `Alliance Graph ${dataset.version}`,
    version: dataset.version,
    checksum: dataset.checksum,
    revision: dataset.revision,
  };
  await write(out, `${JSON.stringify(header).slice(0, -1)},"@graph":[\n`);
  let first = true;
  const item = async (value: object) => {
    await write(out, `${first ? "" : ",\n"}${JSON.stringify(value)}`);
    first = false;
  };
  for await (const n of nodes(gateway)) {
    const { id, ...props } = n.props;
    await item({ "@id": id ?? n.id, "@type": n.labels, ...props });
  }
  for await (const r of relationships(gateway)) {
    await item({ "@id": `link/${r.id}`, "@type": r.type, from: r.source, to: r.target, ...r.props });
    if (r.type === "ACTED_ON" && !["withdrew", "declined"].includes(String(r.props.act)))
      await item({ "@id": r.target, signatory: r.source });
  }
  await write(out, `\n]}\n`);
}

/** A CSV cell: empty for no value, lists joined with "|" (ids never hold one). */
const cell = (value: unknown) =>
  value === undefined || value === null ? "" : Array.isArray(value) ? value.join("|") : value;

/** CSV (RFC 4180, CRLF, header row): a node table's id first, a link table's source and target. */
export async function writeTable(gateway: Gateway, table: TableName, out: Writable) {
  const spec: { label?: string; type?: string } = TABLES[table];
  const keys = await propertyKeys(gateway, { label: spec.label ?? null, type: spec.type ?? null });
  const columns = spec.label
    ? ["id", "labels", ...keys.nodeKeys.filter((k) => k !== "id")]
    : ["source", "target", ...keys.relationshipKeys];
  const csv = stringify({ header: true, columns, record_delimiter: "\r\n", cast: { boolean: (b) => String(b) } });
  csv.pipe(out, { end: false });
  const row = async (record: Record<string, unknown>) => {
    if (!csv.write(Object.fromEntries(columns.map((c) => [c, cell(record[c])])))) await once(csv, "drain");
  };
  if (spec.label)
    for await (const n of nodes(gateway, spec.label)) await row({ ...n.props, id: n.id, labels: n.labels });
  else
    for await (const r of relationships(gateway, spec.type ?? null))
      await row({ ...r.props, source: r.source, target: r.target } satisfies Partial<ExportRelationship> &
        Record<string, unknown>);
  csv.end();
  await once(csv, "end");
}
