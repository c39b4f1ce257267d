/**
 * The network drawn with cytoscape: nodes coloured by type, edges by kind, the centre marked,
 * and an optional path (from the path finder) highlighted over it. Clicking a node selects it.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type StylesheetJson } from "cytoscape";
import type { AlliancePath, EntityType, Network } from "./api";
import { h } from "./dom";
import { EDGE_STYLE, OTHER_EDGE, TYPE_STYLE, humanize, truncate, typeLabel } from "./format";

export interface GraphViewOptions {
  container: HTMLElement;
  onSelect: (id: string, type: EntityType) => void;
}

const LABEL_MAX = 42;
/** Above this many nodes, links are drawn lighter and hovering a node brings out its neighbours. */
const DENSE = 40;
/** Above this many agreements, initiatives... their (long) labels show only on hover. */
const MAX_HUB_LABELS = 12;

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
        "min-zoomed-font-size": 6,
      },
    },
    ...Object.entries(TYPE_STYLE).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { "background-color": s.color, shape: s.shape as never },
    })),
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
        "z-index": 10,
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
    // An act or membership that is only an endorsement is drawn dashed.
    { selector: 'edge[label = "endorsed"]', style: { "line-style": "dashed" } },
    // Dense networks: hub labels (long titles) only on demand, lighter links.
    { selector: "node.quiet", style: { label: "" } },
    { selector: "node.quiet.reveal, node.quiet.hover, node.quiet.path", style: { label: "data(short)" } },
    { selector: "edge.dense", style: { width: 1.3, opacity: 0.45 } },
    { selector: ".faded", style: { opacity: 0.28 } },
    // Hovering a node brings out its neighbourhood.
    { selector: ".dim", style: { opacity: 0.1 } },
    { selector: "edge.near", style: { opacity: 1, width: 2.5 } },
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
      const kind = EDGE_STYLE[edge.data("type")]?.label ?? humanize(edge.data("type"));
      this.showTooltip(
        edge.renderedMidpoint(),
        `${edge.source().data("label")} → ${edge.target().data("label")}`,
        edge.data("label") ? `${kind}: ${humanize(edge.data("label"))}` : kind,
      );
    });
    this.cy.on("mouseout", "edge", () => (this.tooltip.hidden = true));
    this.cy.on("viewport", () => (this.tooltip.hidden = true));
    new ResizeObserver(() => this.cy.resize()).observe(options.container);
  }

  /** Replaces the drawing with this network, centred on `centerId`. */
  setNetwork(network: Network, centerId: string): void {
    this.centerId = centerId;
    this.pathKey = "";
    const elements: ElementDefinition[] = [
      ...network.nodes.map((n) => ({
        group: "nodes" as const,
        data: { id: n.id, type: n.type, label: n.label, short: truncate(n.label, LABEL_MAX) },
      })),
      ...network.edges
        .filter((e) => e.source !== e.target)
        .map((e) => ({
          group: "edges" as const,
          data: { id: `e:${e.id}`, source: e.source, target: e.target, type: e.type, label: e.label ?? "" },
        })),
    ];
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
      this.cy.getElementById(centerId).addClass("center");
      const hubs = this.cy
        .nodes()
        .filter((n) => !["COUNTRY", "ORGANIZATION"].includes(n.data("type")) && n.id() !== centerId);
      if (hubs.length > MAX_HUB_LABELS) hubs.addClass("quiet");
      if (network.nodes.length > DENSE) this.cy.edges().addClass("dense");
    });
    this.layout();
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
  kinds(): { nodeTypes: Set<EntityType>; edgeTypes: Set<string>; path: boolean } {
    return {
      nodeTypes: new Set(this.cy.nodes().map((n) => n.data("type") as EntityType)),
      edgeTypes: new Set(this.cy.edges().map((e) => e.data("type") as string)),
      path: this.pathKey !== "",
    };
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
          classes:
            cy.nodes(".quiet").nonempty() && !["COUNTRY", "ORGANIZATION"].includes(type)
              ? "path-extra quiet"
              : "path-extra",
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
      const quiet = ring.filter((n) => n.hasClass("quiet")).length > ring.length / 2;
      const stagger = !quiet && ring.length > 24;
      const arc = quiet ? 36 : stagger ? 62 : ring.length > 14 ? 92 : 150;
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
