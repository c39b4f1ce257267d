/**
 * The network drawn with cytoscape: nodes coloured by type (or by a group: region, bloc), edges
 * by kind, the centre marked, and an optional path (from the path finder) highlighted over it.
 * By default the agreements and initiatives are folded into party-to-party links (party-links.ts);
 * `showHubs` draws them. Labels are drawn for the nodes that matter most (the centre, the path,
 * the most linked) as long as they do not overlap; the others show theirs on hover.
 * Clicking a node selects it.
 */
import cytoscape, {
  type BoundingBox12,
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from "cytoscape";
import type { AlliancePath, EntityType, Network } from "./api";
import { h } from "./dom";
import { EDGE_STYLE, OTHER_EDGE, TYPE_STYLE, humanize, truncate, typeLabel } from "./format";
import { foldable, partyNetwork, type PartyNetwork } from "./party-links";

export interface GraphViewOptions {
  container: HTMLElement;
  onSelect: (id: string, type: EntityType) => void;
}

export interface DrawOptions {
  /** Draw agreements and initiatives as nodes instead of folding them into party links. */
  showHubs: boolean;
  /** A node's colour when colouring by a group, or undefined to keep its type's colour. */
  colourOf?: (id: string, type: EntityType) => string | undefined;
  /** The same network on an earlier day: links only there are drawn as lost, links only in `network` as gained. */
  earlier?: Network;
}

type Drawn = Pick<PartyNetwork, "nodes" | "edges" | "links"> & { pairs?: Set<string> };

const edgeKey = (e: { source: string; target: string; type: string }) => `e:${e.source}>${e.target}>${e.type}`;

const LABEL_MAX = 42;
/** Labels are never drawn smaller than this on screen. */
const FONT_SIZE = 12;
/** Nor nodes narrower than this. */
const MIN_NODE = 11;
const HUB_SIZE: Record<string, [number, number]> = { AGREEMENT: [30, 26], INITIATIVE: [30, 26] };
/** Above this many nodes, links are drawn lighter and hovering a node brings out its neighbours. */
const DENSE = 40;
/** At most this many labels are drawn at once (more would be unreadable at any zoom). */
const MAX_LABELS = 45;
/** Room kept between two labels, in model pixels. */
const LABEL_GAP = 3;

function style(): StylesheetJson {
  const rules: StylesheetJson = [
    {
      selector: "node",
      style: {
        width: 22,
        height: 22,
        "background-color": "#94a3b8",
        "border-width": 2,
        "border-color": "#ffffff",
        label: "data(short)",
        "font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        "font-size": 12,
        color: "#0f172a",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "130px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "text-background-shape": "roundrectangle",
      },
    },
    ...Object.entries(TYPE_STYLE).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { "background-color": s.color, shape: s.shape as never },
    })),
    { selector: "node[color]", style: { "background-color": "data(color)" } },
    { selector: 'node[type = "AGREEMENT"], node[type = "INITIATIVE"]', style: { width: 30, height: 26 } },
    {
      selector: "node.center",
      style: {
        width: 42,
        height: 38,
        "border-width": 4,
        "border-color": "#0f172a",
        "font-size": 13,
        "font-weight": "bold",
        "z-index": 20,
      },
    },
    { selector: "node.hover", style: { "border-color": "#0f172a", "border-width": 3, "z-index": 20 } },
    {
      selector: "edge",
      style: { width: 2, "line-color": OTHER_EDGE.color, "curve-style": "straight", opacity: 0.85 },
    },
    ...Object.entries(EDGE_STYLE).map(([type, s]) => ({
      selector: `edge[type = "${type}"]`,
      style: { "line-color": s.color, "line-style": s.dashed ? ("dashed" as const) : ("solid" as const) },
    })),
    // An act or membership that is only an endorsement (or an observer's) is drawn dashed; a
    // founding member's link is drawn thicker.
    { selector: 'edge[label = "endorsed"], edge[label = "observer"]', style: { "line-style": "dashed" } },
    { selector: 'edge[label = "founding-signatory"]', style: { width: 4 } },
    // Party-to-party links: thicker for more shared agreements and initiatives.
    {
      selector: 'edge[type = "PARTNERS"]',
      style: { width: "mapData(weight, 1, 8, 1.2, 7)" as never, opacity: 0.55, "curve-style": "haystack" },
    },
    // Labels for the nodes that matter; the others on hover.
    // Unlabelled nodes go under the labelled ones, so that no dot hides a label.
    { selector: "node", style: { "z-index": 15 } },
    { selector: "node.nolabel", style: { label: "", "z-index": 1 } },
    { selector: "node.nolabel.reveal, node.nolabel.hover", style: { label: "data(short)", "z-index": 40 } },
    { selector: "edge.dense", style: { width: 1.3, opacity: 0.45 } },
    {
      selector: 'edge.dense[type = "PARTNERS"]',
      style: { width: "mapData(weight, 1, 8, 0.8, 6)" as never, opacity: 0.35 },
    },
    { selector: ".faded", style: { opacity: 0.28 } },
    // Hovering a node brings out its neighbourhood.
    { selector: ".dim", style: { opacity: 0.1 } },
    { selector: "edge.near", style: { opacity: 1, width: 2.5 } },
    // Compare two dates: links gained in a thick blue, links lost in dashed vermillion.
    { selector: "edge.gained", style: { "line-color": "#0072B2", opacity: 0.95, width: 4, "z-index": 25 } },
    {
      selector: "edge.lost",
      style: { "line-color": "#D55E00", "line-style": "dashed", opacity: 0.95, width: 3, "z-index": 25 },
    },
    { selector: "node.lost", style: { opacity: 0.6, "border-style": "dashed", "border-color": "#D55E00" } },
    { selector: "node.path", style: { "border-color": "#dc2626", "border-width": 4, opacity: 1, "z-index": 30 } },
    {
      selector: "edge.path",
      style: { "line-color": "#dc2626", width: 5, opacity: 1, "z-index": 30, "line-style": "solid" },
    },
  ];
  return rules;
}

export class GraphView {
  private readonly cy: Core;
  private readonly tooltip: HTMLElement;
  private centerId: string | undefined;
  private pathKey = "";
  private folded = false;
  private emphasised = new Set<string>();

  constructor(private readonly options: GraphViewOptions) {
    this.cy = cytoscape({
      container: options.container,
      style: style(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: false,
      selectionType: "single",
    });
    this.tooltip = h("div", { class: "graph-tooltip", role: "tooltip", hidden: true });
    options.container.parentElement?.appendChild(this.tooltip);

    this.cy.on("tap", "node", (event) => {
      const node = event.target as NodeSingular;
      this.options.onSelect(node.id(), node.data("type"));
    });
    this.cy.on("mouseover", "node", (event) => {
      const node = event.target as NodeSingular;
      node.addClass("hover");
      if (this.cy.nodes().length > DENSE) {
        const near = node.closedNeighborhood();
        this.cy.batch(() => {
          this.cy.elements().not(near).addClass("dim");
          near.nodes().addClass("reveal");
          near.edges().addClass("near");
        });
      }
      options.container.style.cursor = "pointer";
      this.showTooltip(node.renderedPosition(), node.data("label"), typeLabel(node.data("type")));
    });
    this.cy.on("mouseout", "node", (event) => {
      (event.target as NodeSingular).removeClass("hover");
      this.cy.batch(() => this.cy.elements().removeClass("dim reveal near"));
      options.container.style.cursor = "";
      this.tooltip.hidden = true;
    });
    this.cy.on("mouseover", "edge", (event) => {
      const edge = event.target;
      if (edge.data("type") === "PARTNERS") {
        const hubs: string[] = edge.data("hubs");
        this.showTooltip(
          edge.renderedMidpoint(),
          `${edge.source().data("label")} — ${edge.target().data("label")}`,
          `${hubs.length} shared: ${hubs.slice(0, 6).join("; ")}${hubs.length > 6 ? `; and ${hubs.length - 6} more` : ""}`,
        );
        return;
      }
      const kind = EDGE_STYLE[edge.data("type")]?.label ?? humanize(edge.data("type"));
      this.showTooltip(
        edge.renderedMidpoint(),
        `${edge.source().data("label")} → ${edge.target().data("label")}`,
        edge.data("label") ? `${kind}: ${humanize(edge.data("label"))}` : kind,
      );
    });
    this.cy.on("mouseout", "edge", () => (this.tooltip.hidden = true));
    this.cy.on("viewport", () => (this.tooltip.hidden = true));
    let relabel: ReturnType<typeof setTimeout> | undefined;
    this.cy.on("zoom", () => {
      clearTimeout(relabel);
      relabel = setTimeout(() => this.placeLabels(), 120);
    });
    new ResizeObserver(() => this.cy.resize()).observe(options.container);
  }

  /** Replaces the drawing with this network, centred on `centerId`. */
  setNetwork(network: Network, centerId: string, options: DrawOptions): void {
    this.centerId = centerId;
    this.pathKey = "";
    this.folded = !options.showHubs && foldable(network, centerId);
    const draw = (n: Network): Drawn => (this.folded ? partyNetwork(n, centerId) : { ...n, links: [] });
    const drawn = draw(network);
    const before = options.earlier ? draw(options.earlier) : null;
    const nodeData = (n: Network["nodes"][number]) => ({
      id: n.id,
      type: n.type,
      label: n.label,
      short: truncate(n.label, LABEL_MAX),
      color: options.colourOf?.(n.id, n.type),
    });
    const edgeData = (e: Network["edges"][number]) => ({
      id: edgeKey(e),
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.label ?? "",
    });
    const linkData = (l: Drawn["links"][number]) => ({
      id: `p:${l.id}`,
      source: l.source,
      target: l.target,
      type: "PARTNERS",
      weight: l.weight,
      hubs: l.hubs,
    });
    // Compare: what the earlier day had and the later one does not is added, marked lost; what
    // only the later day has is marked gained (a party pair counts as linked by any shared hub).
    const earlierEdges = new Set(before?.edges.map(edgeKey));
    const laterEdges = new Set(drawn.edges.map(edgeKey));
    const gainedLink = (id: string) => before != null && !before.pairs?.has(id);
    const lostLinks = before ? before.links.filter((l) => !drawn.pairs?.has(l.id)) : [];
    const lostEdges = before ? before.edges.filter((e) => !laterEdges.has(edgeKey(e))) : [];
    const nodeIds = new Set(drawn.nodes.map((n) => n.id));
    const lostNodes = before ? before.nodes.filter((n) => !nodeIds.has(n.id)) : [];
    const seen = new Set<string>();
    const elements: ElementDefinition[] = [
      ...drawn.nodes.map((n) => ({ group: "nodes" as const, data: nodeData(n) })),
      ...lostNodes.map((n) => ({ group: "nodes" as const, data: nodeData(n), classes: "lost" })),
      ...drawn.edges
        .filter((e) => e.source !== e.target)
        .map((e) => ({
          group: "edges" as const,
          data: edgeData(e),
          classes: before && !earlierEdges.has(edgeKey(e)) ? "gained" : "",
        })),
      ...lostEdges
        .filter((e) => e.source !== e.target)
        .map((e) => ({ group: "edges" as const, data: edgeData(e), classes: "lost" })),
      ...drawn.links.map((l) => ({
        group: "edges" as const,
        data: linkData(l),
        classes: gainedLink(l.id) ? "gained" : "",
      })),
      ...lostLinks.map((l) => ({ group: "edges" as const, data: linkData(l), classes: "lost" })),
    ].filter((el) => !seen.has(el.data.id!) && Boolean(seen.add(el.data.id!)));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
      this.cy.getElementById(centerId).addClass("center");
      if (drawn.nodes.length > DENSE) this.cy.edges().addClass("dense");
    });
    this.layout();
    this.placeLabels();
  }

  /** Whether agreements and initiatives are folded into party-to-party links in the drawing. */
  get foldedHubs(): boolean {
    return this.folded;
  }

  /** Recolours the nodes (colouring by type, region or bloc) without drawing again. */
  recolour(colourOf: DrawOptions["colourOf"]): void {
    this.cy.batch(() =>
      this.cy.nodes().forEach((n) => {
        const color = colourOf?.(n.id(), n.data("type"));
        if (color) n.data("color", color);
        else n.removeData("color");
      }),
    );
  }

  /** Nodes to label first, whatever their rank (a node pointed at in the list of nodes). */
  emphasise(ids: string[]): void {
    this.emphasised = new Set(ids);
    this.placeLabels();
  }

  /**
   * Labels the nodes that matter, most important first, skipping any whose label would overlap
   * one already placed. Model coordinates: labels scale with the zoom, so what does not overlap
   * here overlaps at no zoom.
   */
  private placeLabels(): void {
    const cy = this.cy;
    const nodes = cy.nodes();
    // Zoomed out, labels grow in the model so that they stay readable on screen (at least
    // FONT_SIZE px); fewer of them then fit without overlapping.
    const scale = Math.max(1, 1 / cy.zoom());
    // Nodes too stay big enough to see and to colour (at least MIN_NODE px across).
    const nodeScale = Math.max(1, MIN_NODE / (22 * cy.zoom()));
    cy.batch(() => {
      nodes.removeClass("nolabel");
      nodes.style({
        "font-size": FONT_SIZE * scale,
        "text-max-width": `${130 * scale}px`,
        "text-margin-y": 4 * scale,
      });
      nodes.forEach((n) => {
        const [w, hgt] = n.hasClass("center") ? [42, 38] : (HUB_SIZE[n.data("type")] ?? [22, 22]);
        n.style({ width: w * nodeScale, height: hgt * nodeScale });
      });
    });
    const center = this.centerId ? cy.getElementById(this.centerId) : cy.collection();
    const near = new Set(center.neighborhood("node").map((n) => n.id()));
    const rank = (n: NodeSingular) =>
      (n.id() === this.centerId ? 1e6 : 0) +
      (near.has(n.id()) ? 1e3 : 0) +
      (n.hasClass("path") ? 1e5 : 0) +
      (this.emphasised.has(n.id()) ? 1e4 : 0) +
      (["COUNTRY", "ORGANIZATION"].includes(n.data("type")) ? 0.5 : 0) +
      n.connectedEdges().reduce((sum, e) => sum + Number(e.data("weight") ?? 1), 0);
    const order = nodes.sort((a, b) => rank(b) - rank(a) || a.id().localeCompare(b.id()));
    const placed: BoundingBox12[] = [];
    const hidden: NodeSingular[] = [];
    const overlaps = (a: BoundingBox12, b: BoundingBox12) =>
      a.x1 < b.x2 + LABEL_GAP && b.x1 < a.x2 + LABEL_GAP && a.y1 < b.y2 + LABEL_GAP && b.y1 < a.y2 + LABEL_GAP;
    order.forEach((n) => {
      const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const keep = placed.length < MAX_LABELS && box.w > 0 && !placed.some((p) => overlaps(p, box));
      if (keep) placed.push(box);
      else hidden.push(n);
    });
    cy.batch(() => hidden.forEach((n) => void n.addClass("nolabel")));
  }

  /** The page boxes of the labels drawn (the end-to-end test checks that none overlap). */
  labelBoxes(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }> {
    const box = this.options.container.getBoundingClientRect();
    return this.cy
      .nodes()
      .not(".nolabel")
      .filter((n) => String(n.style("label")) !== "")
      .map((n) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { id: n.id(), x1: box.left + b.x1, y1: box.top + b.y1, x2: box.left + b.x2, y2: box.top + b.y2 };
      });
  }

  clear(): void {
    this.centerId = undefined;
    this.pathKey = "";
    this.cy.elements().remove();
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  /** The nodes drawn, for the keyboard-friendly list under the graph. */
  nodes(): Array<{ id: string; type: EntityType; label: string }> {
    return this.cy
      .nodes()
      .not(".path-extra")
      .map((n) => ({ id: n.id(), type: n.data("type"), label: n.data("label") }));
  }

  /** The node types and edge kinds drawn, for the legend. */
  kinds(): {
    nodeTypes: Set<EntityType>;
    edgeTypes: Set<string>;
    path: boolean;
    dashed: boolean;
    founding: boolean;
    gained: number;
    lost: number;
  } {
    const labels = new Set(this.cy.edges().map((e) => String(e.data("label"))));
    return {
      nodeTypes: new Set(this.cy.nodes().map((n) => n.data("type") as EntityType)),
      edgeTypes: new Set(this.cy.edges().map((e) => e.data("type") as string)),
      path: this.pathKey !== "",
      dashed: labels.has("endorsed") || labels.has("observer"),
      founding: labels.has("founding-signatory"),
      gained: this.cy.edges(".gained").length,
      lost: this.cy.edges(".lost").length,
    };
  }

  /** The links marked by "compare two dates", for the end-to-end test. */
  changes(): { gained: string[]; lost: string[] } {
    return {
      gained: this.cy.edges(".gained").map((e) => e.id()),
      lost: this.cy.edges(".lost").map((e) => e.id()),
    };
  }

  /** The page position of the middle of the heaviest party link clear of any node, or null (for the end-to-end test). */
  partyLinkMidpoint(): { x: number; y: number } | null {
    const boxes = this.cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
    const clear = (p: { x: number; y: number }) =>
      !boxes.some((b) => p.x > b.x1 - 6 && p.x < b.x2 + 6 && p.y > b.y1 - 6 && p.y < b.y2 + 6);
    const links = this.cy
      .edges('[type = "PARTNERS"]')
      .sort((a, b) => Number(b.data("weight")) - Number(a.data("weight")))
      .toArray() as EdgeSingular[];
    const link = links.find((e) => clear(e.renderedMidpoint()));
    if (!link) return null;
    const box = this.options.container.getBoundingClientRect();
    const p = link.renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** The drawing as a PNG data URL, on white. */
  png(): string {
    return this.cy.png({ full: true, scale: 2, bg: "#ffffff" });
  }

  /** Highlights one path over the network, adding the nodes and links it needs; null clears it. */
  setPath(path: AlliancePath | null): void {
    const key = path ? JSON.stringify(path.steps.map((s) => [s.from.id, s.via.id, s.to.id])) : "";
    if (key === this.pathKey) return;
    this.pathKey = key;
    const cy = this.cy;
    let added = false;
    cy.batch(() => {
      cy.elements(".path-extra").remove();
      cy.elements().removeClass("path faded");
      if (!path) return;
      const ensureNode = (id: string, type: EntityType, label: string) => {
        if (cy.getElementById(id).nonempty()) return;
        cy.add({
          group: "nodes",
          data: { id, type, label, short: truncate(label, LABEL_MAX) },
          classes: "path-extra",
        });
        added = true;
      };
      const ensureEdge = (a: string, b: string, type: string) => {
        const existing = cy.getElementById(a).edgesWith(cy.getElementById(b));
        if (existing.nonempty()) return existing.addClass("path");
        return cy.add({
          group: "edges",
          data: { id: `path:${a}>${b}`, source: a, target: b, type, label: "" },
          classes: "path-extra path",
        });
      };
      for (const step of path.steps) {
        const partyType = (t: string): EntityType => (t === "Organization" ? "ORGANIZATION" : "COUNTRY");
        ensureNode(step.from.id, partyType(step.from.__typename), step.from.name);
        ensureNode(step.to.id, partyType(step.to.__typename), step.to.name);
        const via = step.via;
        const isAgreement = via.__typename === "Agreement";
        ensureNode(
          via.id,
          isAgreement ? "AGREEMENT" : "INITIATIVE",
          via.__typename === "Agreement" ? via.title : via.name,
        );
        const kind = isAgreement ? "ACTED_ON" : "MEMBER_OF";
        ensureEdge(step.from.id, step.via.id, kind);
        ensureEdge(step.to.id, step.via.id, kind);
        cy.getElementById(step.from.id).addClass("path");
        cy.getElementById(step.to.id).addClass("path");
        cy.getElementById(step.via.id).addClass("path");
      }
      cy.elements().not(".path").addClass("faded");
    });
    if (added) this.layout();
    this.placeLabels();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: 200 });
  }

  zoom(factor: number): void {
    const { width, height } = this.options.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  /** The ids of the nodes highlighted as the path. */
  highlighted(): string[] {
    return this.cy.nodes(".path").map((n) => n.id());
  }

  /** A node's centre in page coordinates (the end-to-end test clicks there). */
  nodeCenter(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    if (node.empty()) return null;
    const box = this.options.container.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  private layout(): void {
    const cy = this.cy;
    const nodes = cy.nodes();
    if (nodes.empty()) return;
    if (nodes.length > 300) {
      cy.layout({
        name: "cose",
        animate: false,
        fit: true,
        padding: 30,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        randomize: false,
      }).run();
      return;
    }
    // Rings by distance from the centre: the centre, what it touches, what those touch... Each ring
    // is wide enough for its labels, and its nodes are ordered by where their inner neighbours sit,
    // which keeps links short and crossings few.
    const level = new Map<string, number>();
    const center = this.centerId ? cy.getElementById(this.centerId) : cy.collection();
    if (center.nonempty()) {
      cy.elements().bfs({
        roots: center,
        directed: false,
        visit: (v, _e, _u, _i, depth) => void level.set(v.id(), depth),
      });
    }
    const far = Math.max(0, ...level.values()) + 1;
    const rings: NodeSingular[][] = [];
    nodes.forEach((n) => {
      const l = level.get(n.id()) ?? (center.nonempty() ? far : 1);
      (rings[l] ??= []).push(n);
    });
    const angle = new Map<string, number>();
    const positions: Record<string, { x: number; y: number }> = {};
    let radius = 0;
    rings.forEach((ring, l) => {
      if (!ring?.length) return;
      if (l === 0 && ring.length === 1) {
        positions[ring[0].id()] = { x: 0, y: 0 };
        angle.set(ring[0].id(), -Math.PI / 2);
        return;
      }
      const inner = (n: NodeSingular) => {
        const seen = n.neighborhood("node").filter((m) => angle.has(m.id()));
        if (seen.empty()) return Number.POSITIVE_INFINITY;
        // Mean direction of the already placed neighbours.
        let x = 0;
        let y = 0;
        seen.forEach((m) => void ((x += Math.cos(angle.get(m.id())!)), (y += Math.sin(angle.get(m.id())!))));
        // Measured from the ring's starting point (the top), so the order follows the placement.
        const a = Math.atan2(y, x) + Math.PI / 2;
        return ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      };
      const sorted = ring
        .map((n) => ({ n, a: inner(n), label: String(n.data("label")) }))
        .sort((a, b) => a.a - b.a || a.label.localeCompare(b.label));
      // Room per node along the ring: little for unlabelled hubs, more for labels; a crowded
      // labelled ring is staggered (every other node pushed out) so neighbours' labels clear.
      const stagger = ring.length > 24;
      const arc = stagger ? 62 : ring.length > 14 ? 92 : 150;
      radius = Math.max(radius + (l === 1 ? 170 : 190), (ring.length * arc) / (2 * Math.PI));
      // Outer rings: each node as near its inner neighbours as the spacing allows; when the ring
      // is too full for that, evenly spaced in the same order.
      const sep = arc / radius;
      let turns: number[] | null = null;
      if (l >= 2 && ring.length * sep <= 1.8 * Math.PI) {
        turns = [];
        for (const { a } of sorted) {
          const wanted = Number.isFinite(a) ? a : (turns.at(-1) ?? -sep) + sep;
          turns.push(turns.length === 0 ? wanted : Math.max(wanted, turns.at(-1)! + sep));
        }
        if (turns.at(-1)! - turns[0] > 2 * Math.PI - sep) turns = null;
      }
      sorted.forEach(({ n }, i) => {
        const t = turns ? turns[i] : (2 * Math.PI * i) / sorted.length + (l % 2 === 0 ? Math.PI / sorted.length : 0);
        const a = -Math.PI / 2 + t;
        const r = stagger && i % 2 === 1 ? radius + 44 : radius;
        angle.set(n.id(), a);
        positions[n.id()] = { x: r * Math.cos(a), y: r * Math.sin(a) };
      });
      if (stagger) radius += 44;
    });
    cy.layout({ name: "preset", positions, animate: false, fit: true, padding: 40 }).run();
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
  }

  private showTooltip(at: { x: number; y: number }, title: string, subtitle: string): void {
    this.tooltip.replaceChildren(h("strong", null, title), h("span", null, subtitle));
    this.tooltip.style.left = `${Math.round(at.x + 14)}px`;
    this.tooltip.style.top = `${Math.round(at.y + 14)}px`;
    this.tooltip.hidden = false;
  }
}
