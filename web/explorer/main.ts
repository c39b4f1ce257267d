/**
 * Alliance Graph Explorer: search, the network around the selected entity, its details with
 * sources, and a path finder — all read from the public GraphQL API (POST /graphql).
 *
 * The view's state lives in the query string (url-state.ts): selecting an entity pushes a history
 * entry, filters replace the current one, and Back/Forward or a reload restore the view.
 * This module wires the page together and loads its three areas (network, details, paths);
 * what it remembers is in state.ts, failures are shown by banners.ts, the filters and tabs are
 * controls.ts.
 */
import "./styles.css";
import * as api from "./api";
import { ApiError, describeError, isAbort, SEARCH_TYPES, type EntityType, type Network } from "./api";
import { FailureBanner, inlineError } from "./banners";
import { FilterControls, PanelTabs, PanelToggle } from "./controls";
import { byId, fill, h } from "./dom";
import { citationText, sourcesIn } from "./citation";
import { groupOf } from "./colouring";
import { EDGE_STYLE, OTHER_EDGE, TYPE_STYLE, formatDate, humanize, truncate, typeLabel } from "./format";
import { LINKS_PER_PARTY, PARTY_TYPES } from "./party-links";
import { GraphView } from "./graph-view";
import { describeFilters, PathFinder } from "./path-finder";
import { MapView } from "./map-view";
import { SearchBox } from "./search-box";
import { TimeBar } from "./time-bar";
import { renderTimeline } from "./timeline-panel";
import { renderDetails, renderWelcome, type Details, type PanelContext } from "./side-panel";
import { filters, isLatest, learn, sectorName, startRequest, store } from "./state";
import { formatState, hrefFor, parseState, sameState, type MainView, type ViewState } from "./url-state";

const els = {
  graphStatus: byId("graph-status"),
  graph: byId("graph"),
  overlay: byId("graph-overlay"),
  nodeList: byId<HTMLDetailsElement>("node-list"),
  legend: byId("legend"),
  details: byId("panel-details"),
  path: byId("panel-path"),
  timeline: byId("panel-timeline"),
  map: byId("map"),
  viewGraph: byId<HTMLButtonElement>("view-graph"),
  viewMap: byId<HTMLButtonElement>("view-map"),
};

const banner = new FailureBanner(byId("app-error"), () => {
  if (store.sectorNames.size === 0) void controls.loadSectors();
  apply(store.view, store.view, true);
});
const controls = new FilterControls(navigate, banner);
const tabs = new PanelTabs(navigate);
const panelToggle = new PanelToggle();

/** "(as of …, in …)" for the filters in force, or null: results say what they are limited to. */
function filtersNote(): string | null {
  return describeFilters(store.view.asOf, sectorName());
}

function panelContext(): PanelContext {
  return {
    hrefFor: (id) => hrefFor(store.view, { id, tab: "details" }),
    asOf: store.view.asOf,
    sectorName: sectorName(),
  };
}

// ---------------------------------------------------------------------------------------------
// Navigation: every change of view goes through here.

function navigate(patch: Partial<ViewState>, mode: "push" | "replace"): boolean {
  const previous = store.view;
  const next = { ...previous, ...patch };
  if (sameState(next, previous)) return false;
  store.view = next;
  const url = `${location.pathname}${formatState(next)}`;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  apply(previous, next, false);
  return true;
}

window.addEventListener("popstate", () => {
  const previous = store.view;
  store.view = parseState(location.search);
  apply(previous, store.view, false);
});

function apply(previous: ViewState, next: ViewState, initial: boolean): void {
  controls.sync();
  tabs.show(next.tab);
  showView(next.view);
  syncExports();
  const filtersChanged = previous.sector !== next.sector || previous.asOf !== next.asOf;
  if (
    initial ||
    previous.id !== next.id ||
    previous.depth !== next.depth ||
    filtersChanged ||
    previous.compare !== next.compare
  )
    void loadNetwork();
  else if (previous.hubs !== next.hubs || previous.colour !== next.colour) void redrawNetwork();
  if (previous.view !== next.view) renderMap();
  if (initial || previous.id !== next.id || filtersChanged) void loadDetails();
  if (initial || previous.id !== next.id || previous.sector !== next.sector) void loadTimeline();
  else if (previous.asOf !== next.asOf) renderTimelinePanel();
  timeBar.sync(next.asOf);
  // Paths honour both filters: a chain of alliances as of the date, through agreements and
  // initiatives in the sector.
  if (initial || previous.from !== next.from || previous.to !== next.to || filtersChanged) void loadPaths();
}

function select(id: string, type: EntityType, label?: string, focusPanel = false): void {
  learn(id, type, label);
  panelToggle.set(true);
  const changed = navigate({ id, tab: "details" }, "push");
  if (!changed) tabs.show("details");
  if (focusPanel) store.focusPanelOnLoad = true;
}

// ---------------------------------------------------------------------------------------------
// Search.

const search = new SearchBox({
  name: "main",
  label: "Search the graph",
  hiddenLabel: true,
  placeholder: "Search a country, agreement, initiative, person… (English or French)",
  types: SEARCH_TYPES,
  first: 10,
  onSelect: (hit) => select(hit.id, hit.type, hit.label),
});
byId("search-slot").append(search.element);

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  if (
    event.key === "/" &&
    !event.ctrlKey &&
    !event.metaKey &&
    !target.closest("input, textarea, select, [contenteditable]")
  ) {
    event.preventDefault();
    search.focus();
  }
});

// Links to entities anywhere in the page select in place (a modified click opens a new tab).
document.addEventListener("click", (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-entity-id]");
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  event.preventDefault();
  select(link.dataset.entityId!, link.dataset.entityType as EntityType, link.textContent ?? undefined, true);
});

// ---------------------------------------------------------------------------------------------
// The graph.

const graph = new GraphView({
  container: els.graph,
  onSelect: (id, type) => select(id, type),
});
byId("zoom-in").addEventListener("click", () => graph.zoom(1.25));
byId("zoom-out").addEventListener("click", () => graph.zoom(0.8));
byId("zoom-fit").addEventListener("click", () => graph.fit());

function overlay(content: HTMLElement | string | null, kind: "loading" | "error" | "info" | "empty" = "info"): void {
  if (!content) {
    els.overlay.hidden = true;
    els.overlay.replaceChildren();
    return;
  }
  els.overlay.className = `graph-overlay ${kind}`;
  fill(els.overlay, typeof content === "string" ? h("p", null, content) : content);
  els.overlay.hidden = false;
}

async function loadNetwork(): Promise<void> {
  const controller = startRequest("network");
  const { id, depth, compare } = store.view;
  const area = els.graph.parentElement!;
  area.dataset.state = "loading";
  if (!id) {
    store.network = null;
    graph.clear();
    applyPath();
    overlay(
      graph.nodeCount === 0 ? "Search for a country, an agreement or an initiative above to draw its network." : null,
      "empty",
    );
    els.graphStatus.textContent = "";
    renderNodeList();
    area.dataset.state = "empty";
    renderMap();
    return;
  }
  overlay(h("p", null, h("span", { class: "spinner", "aria-hidden": "true" }), "Loading the network…"), "loading");
  area.setAttribute("aria-busy", "true");
  store.network = null;
  renderMap();
  try {
    const [later, earlier] = await Promise.all([
      api.network(id, depth, filters(), controller.signal),
      compare ? api.network(id, depth, { ...filters(), asOf: compare }, controller.signal) : undefined,
    ]);
    await ensureBlocs(controller.signal);
    if (controller.signal.aborted) return;
    banner.clear();
    later.nodes.forEach((n) => learn(n.id, n.type, n.label));
    earlier?.nodes.forEach((n) => learn(n.id, n.type, n.label));
    store.network = { later, earlier };
    drawNetwork();
    overlay(null);
    describeNetwork(later, id);
    renderMap();
    area.dataset.state = "ready";
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    banner.report(error);
    store.network = null;
    graph.clear();
    applyPath();
    renderNodeList();
    overlay(
      inlineError(error, () => void loadNetwork()),
      "error",
    );
    els.graphStatus.textContent = "The network could not be loaded.";
    area.dataset.state = "error";
    renderMap(error);
  } finally {
    if (isLatest("network", controller)) area.removeAttribute("aria-busy");
  }
}

/** The blocs under the filters in force, when colouring by bloc (kept while the filters hold). */
async function ensureBlocs(signal: AbortSignal): Promise<void> {
  if (store.view.colour !== "bloc") return;
  const key = `${store.view.asOf ?? ""}|${store.view.sector ?? ""}`;
  if (store.blocs?.key === key) return;
  const index = await api.blocs(filters(), signal);
  store.blocs = { key, index };
}

function colourOf(id: string, type: EntityType): string | undefined {
  return groupOf(store.view.colour, store.blocs?.index ?? null, id, type)?.color;
}

function drawNetwork(): void {
  const { id, hubs } = store.view;
  if (!store.network || !id) return;
  graph.setNetwork(store.network.later, id, { showHubs: hubs, colourOf, earlier: store.network.earlier });
  applyPath();
  renderNodeList();
}

/** Hubs shown or folded, or another colouring: the same data drawn again. */
async function redrawNetwork(): Promise<void> {
  const controller = startRequest("network");
  try {
    await ensureBlocs(controller.signal);
    if (controller.signal.aborted) return;
    drawNetwork();
    if (store.network && store.view.id) describeNetwork(store.network.later, store.view.id);
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    banner.report(error);
  }
}

function describeNetwork(network: Network, id: string): void {
  const depth = store.view.depth;
  const name = truncate(store.known.get(id)?.label ?? id, 70);
  const filterText = filtersNote();
  const drawn = graph.nodes().length;
  const folded = graph.foldedHubs
    ? ` Drawn as ${drawn} parties linked by what they share (the ${LINKS_PER_PARTY} strongest links of each).`
    : "";
  const { gained, lost } = graph.kinds();
  const compared = store.view.compare
    ? ` Since ${formatDate(store.view.compare)}: ${gained} link${gained === 1 ? "" : "s"} gained, ${lost} lost.`
    : "";
  els.graphStatus.textContent = `${network.nodes.length} node${network.nodes.length === 1 ? "" : "s"} and ${network.edges.length} link${network.edges.length === 1 ? "" : "s"} within ${depth} step${depth > 1 ? "s" : ""} of ${name}${filterText ? ` ${filterText}` : ""}.${folded}${compared}`;
  if (network.edges.length === 0)
    overlay(`Nothing links ${name} to others${filterText ? ` ${filterText}` : ""}.`, "info");
}

function renderNodeList(): void {
  const nodes = graph.nodes().sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  const summary = els.nodeList.querySelector("summary")!;
  summary.textContent = `Nodes in view (${nodes.length})`;
  fill(
    els.nodeList.querySelector("ul")!,
    nodes.map((n) =>
      h(
        "li",
        null,
        h(
          "button",
          {
            type: "button",
            class: `node-button${n.id === store.view.id ? " current" : ""}`,
            "data-node-id": n.id,
            onclick: () => select(n.id, n.type, n.label, true),
            // Pointing at a node in the list labels it in the drawing.
            onfocus: () => graph.emphasise([n.id]),
            onmouseenter: () => graph.emphasise([n.id]),
            onblur: () => graph.emphasise([]),
            onmouseleave: () => graph.emphasise([]),
          },
          h("span", {
            class: "type-dot",
            style: `background:${colourOf(n.id, n.type) ?? TYPE_STYLE[n.type]?.color ?? "#999"}`,
            "aria-hidden": "true",
          }),
          h("span", { class: "node-label", title: n.label }, n.label),
          h("span", { class: "muted node-type" }, typeLabel(n.type)),
        ),
      ),
    ),
  );
  els.nodeList.hidden = nodes.length === 0;
  renderLegend();
}

function renderLegend(): void {
  const { nodeTypes, edgeTypes, path, dashed, founding, gained, lost } = graph.kinds();
  if (nodeTypes.size === 0) {
    els.legend.hidden = true;
    return;
  }
  els.legend.hidden = false;
  const groups = new Map<string, string>();
  for (const n of graph.nodes()) {
    const group = groupOf(store.view.colour, store.blocs?.index ?? null, n.id, n.type);
    if (group) groups.set(group.name, group.color);
  }
  const edgeItem = (label: string, color: string, extra = "") =>
    h("li", null, h("span", { class: `swatch edge${extra}`, style: `--edge-color:${color}` }), label);
  fill(
    els.legend,
    h(
      "ul",
      null,
      [...nodeTypes].map((t) =>
        h(
          "li",
          null,
          h("span", {
            class: `swatch node shape-${TYPE_STYLE[t]?.shape ?? "ellipse"}`,
            style: `background:${groups.size > 0 && PARTY_TYPES.has(t) ? "#fff" : (TYPE_STYLE[t]?.color ?? "#999")}`,
          }),
          typeLabel(t),
        ),
      ),
    ),
    groups.size > 0
      ? h(
          "ul",
          { "data-testid": "legend-groups" },
          [...groups]
            .sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }))
            .map(([name, color]) =>
              h("li", null, h("span", { class: "swatch node shape-ellipse", style: `background:${color}` }), name),
            ),
        )
      : null,
    edgeTypes.size > 0
      ? h(
          "ul",
          null,
          [...edgeTypes].map((t) => {
            const s = EDGE_STYLE[t] ?? OTHER_EDGE;
            return edgeItem(EDGE_STYLE[t] ? s.label : humanize(t), s.color, "dashed" in s && s.dashed ? " dashed" : "");
          }),
          founding ? edgeItem("founding member (thicker)", EDGE_STYLE.MEMBER_OF.color, " thick") : null,
          dashed ? edgeItem("dashed: endorsed or observer, without signing", "#64748b", " dashed") : null,
          gained > 0 ? edgeItem("gained since the compare day", "#0072B2", " thick") : null,
          lost > 0 ? edgeItem("lost since the compare day", "#D55E00", " dashed") : null,
          path ? edgeItem("path found", "#dc2626", " thick") : null,
        )
      : null,
  );
}

// ---------------------------------------------------------------------------------------------
// The side panel.

async function fetchDetails(id: string, type: EntityType, signal: AbortSignal): Promise<Details> {
  const notFound = () => new ApiError("NOT_FOUND", `Nothing has the id “${id}”.`);
  switch (type) {
    case "AGREEMENT": {
      const agreement = await api.agreement(id, signal);
      if (!agreement) throw notFound();
      return { type, agreement };
    }
    case "COUNTRY":
    case "ORGANIZATION": {
      const { party, timeline } = await api.party(id, filters(), signal);
      if (!party) throw notFound();
      return { type: "PARTY", party, timeline };
    }
    case "INITIATIVE": {
      const initiative = await api.initiative(id, filters(), signal);
      if (!initiative) throw notFound();
      return { type, initiative };
    }
    case "PERSON": {
      const person = await api.person(id, filters(), signal);
      if (!person) throw notFound();
      return { type, person };
    }
    case "SECTOR": {
      const sector = await api.sector(id, signal);
      if (!sector) throw notFound();
      return { type, sector };
    }
    case "PLACE": {
      const place = await api.place(id, signal);
      if (!place) throw notFound();
      return { type, ...place };
    }
    default:
      return { type: "OTHER", id, entityType: type, label: store.known.get(id)?.label ?? id };
  }
}

function titleOf(details: Details): string {
  switch (details.type) {
    case "AGREEMENT":
      return details.agreement.title;
    case "PARTY":
      return details.party.name;
    case "INITIATIVE":
      return details.initiative.name;
    case "PERSON":
      return details.person.name;
    case "SECTOR":
      return details.sector.name;
    case "PLACE":
      return details.place.name;
    case "OTHER":
      return details.label;
  }
}

async function loadDetails(): Promise<void> {
  const controller = startRequest("details");
  const id = store.view.id;
  els.details.dataset.state = "loading";
  if (!id) {
    document.title = "Alliance Graph Explorer";
    fill(els.details, renderWelcome(panelContext(), store.overview, null));
    try {
      store.overview ??= await api.overview(controller.signal);
      if (controller.signal.aborted) return;
      banner.clear();
      fill(els.details, renderWelcome(panelContext(), store.overview, null));
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      banner.report(error);
      const { title, detail } = describeError(error);
      fill(els.details, renderWelcome(panelContext(), null, `${title} ${detail}`));
    }
    els.details.dataset.state = "ready";
    return;
  }
  els.details.setAttribute("aria-busy", "true");
  fill(
    els.details,
    h(
      "div",
      { class: "panel-loading" },
      h("span", { class: "spinner", "aria-hidden": "true" }),
      `Loading ${store.known.get(id)?.label ?? id}…`,
    ),
  );
  try {
    const type = store.known.get(id)?.type ?? (await api.resolveType(id, controller.signal));
    if (controller.signal.aborted) return;
    if (!type)
      throw new ApiError(
        "NOT_FOUND",
        `Nothing in the graph has the id “${id}”. The link may be outdated: search for it by name.`,
      );
    const details = await fetchDetails(id, type, controller.signal);
    if (controller.signal.aborted) return;
    banner.clear();
    learn(id, type, titleOf(details));
    document.title = `${titleOf(details)} — Alliance Graph Explorer`;
    fill(els.details, renderDetails(panelContext(), details));
    addCiteButton(titleOf(details), details);
    els.details.dataset.state = "ready";
    els.details.scrollTop = 0;
    els.details.closest(".panel")!.scrollTop = 0;
    if (store.focusPanelOnLoad)
      els.details.querySelector<HTMLElement>('[data-testid="entity-title"]')?.focus({ preventScroll: true });
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    banner.report(error);
    fill(
      els.details,
      inlineError(error, () => void loadDetails()),
    );
    els.details.dataset.state = "error";
  } finally {
    if (isLatest("details", controller)) {
      els.details.removeAttribute("aria-busy");
      store.focusPanelOnLoad = false;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The map view.

const mapView = new MapView(els.map, { onSelect: (id, type) => select(id, type) });
els.viewGraph.addEventListener("click", () => navigate({ view: "graph" }, "replace"));
els.viewMap.addEventListener("click", () => navigate({ view: "map" }, "replace"));

function showView(view: MainView): void {
  const onMap = view === "map";
  els.viewGraph.setAttribute("aria-pressed", String(!onMap));
  els.viewMap.setAttribute("aria-pressed", String(onMap));
  els.map.hidden = !onMap;
  for (const el of [els.graph, els.legend.parentElement!.querySelector<HTMLElement>(".graph-tools")!])
    el.style.visibility = onMap ? "hidden" : "";
  els.graph.parentElement!.classList.toggle("on-map", onMap);
}

/** What the map shades: the parties of the network in view, as of the slider's day. */
function renderMap(error?: unknown): void {
  if (store.view.view !== "map") return;
  const id = store.view.id;
  if (!id) {
    mapView.status(
      "empty",
      h("p", null, "Search for an initiative or a country above to shade its members or partners."),
    );
    return;
  }
  if (!store.network) {
    if (els.graph.parentElement!.dataset.state === "error")
      mapView.status(
        "error",
        error ? inlineError(error, () => void loadNetwork()) : h("p", null, "The network could not be loaded."),
      );
    else
      mapView.status(
        "loading",
        h("p", null, h("span", { class: "spinner", "aria-hidden": "true" }), "Loading the map…"),
      );
    return;
  }
  const parties = store.network.later.nodes.filter((n) => PARTY_TYPES.has(n.type));
  if (parties.length === 0) {
    mapView.status(
      "empty",
      h(
        "p",
        null,
        `No party is linked to ${store.known.get(id)?.label ?? id}${filtersNote() ? ` ${filtersNote()}` : ""}.`,
      ),
    );
    return;
  }
  const name = store.known.get(id)?.label ?? id;
  const type = store.known.get(id)?.type;
  const what =
    type === "INITIATIVE"
      ? `Members of ${name}`
      : type === "AGREEMENT"
        ? `Parties to ${name}`
        : PARTY_TYPES.has(type ?? "")
          ? `${name} and its partners`
          : `Parties linked to ${name}`;
  const depthNote = store.view.depth > 1 ? ` (within ${store.view.depth} steps)` : "";
  mapView.render(
    `${what}${depthNote}${store.view.asOf ? `, as of ${formatDate(store.view.asOf)}` : ", today"}`,
    parties.map((n) => ({ id: n.id, type: n.type, label: n.label, shade: n.id === id ? "center" : "linked" })),
    (target) => hrefFor(store.view, { id: target, tab: "details" }),
  );
}

// ---------------------------------------------------------------------------------------------
// Time: the as-of slider and the Timeline tab, over the selected party's or initiative's events.

const timeBar = new TimeBar({
  onDay: (day) => navigate({ asOf: day }, "replace"),
  whenDrawn: () =>
    new Promise((resolve) => {
      const check = () => (els.graph.parentElement!.dataset.state === "loading" ? setTimeout(check, 100) : resolve());
      check();
    }),
});

function renderTimelinePanel(): void {
  const t = store.timeline;
  fill(
    els.timeline,
    renderTimeline(t?.name ?? null, t?.events ?? null, store.view.asOf, (day) => navigate({ asOf: day }, "replace")),
  );
}

async function loadTimeline(): Promise<void> {
  const controller = startRequest("timeline");
  const id = store.view.id;
  store.timeline = null;
  els.timeline.dataset.state = "loading";
  fill(
    els.timeline,
    h(
      "div",
      { class: "panel-loading" },
      h("span", { class: "spinner", "aria-hidden": "true" }),
      "Loading the timeline…",
    ),
  );
  try {
    const type = id ? (store.known.get(id)?.type ?? (await api.resolveType(id, controller.signal))) : null;
    const of =
      type === "INITIATIVE" ? { initiative: id } : type === "COUNTRY" || type === "ORGANIZATION" ? { party: id } : null;
    if (id && of) {
      const events = await api.timeline(of, filters(), controller.signal);
      if (controller.signal.aborted) return;
      store.timeline = { id, name: store.known.get(id)?.label ?? id, events };
    }
    if (controller.signal.aborted) return;
    timeBar.setEvents(store.timeline?.events ?? null, store.view.asOf);
    renderTimelinePanel();
    els.timeline.dataset.state = "ready";
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    banner.report(error);
    timeBar.setEvents(null, store.view.asOf);
    fill(
      els.timeline,
      inlineError(error, () => void loadTimeline()),
    );
    els.timeline.dataset.state = "error";
  }
}

// ---------------------------------------------------------------------------------------------
// Cite and download.

/** A "Cite" button under the panel's title: copies the panel's sources with the dataset version. */
function addCiteButton(title: string, details: Details): void {
  const list = sourcesIn(details);
  const out = h("pre", { class: "citation", "data-testid": "citation", tabindex: "0", hidden: true });
  const status = h("span", { class: "muted cite-status", role: "status" });
  const button = h(
    "button",
    {
      type: "button",
      class: "cite-button",
      "data-testid": "cite",
      disabled: list.length === 0,
      title: list.length === 0 ? "No source to cite" : `Copy the ${list.length} sources of this panel`,
      onclick: async () => {
        try {
          store.meta ??= await api.meta();
        } catch (error) {
          banner.report(error);
        }
        const text = citationText(title, location.href, store.meta, list);
        out.textContent = text;
        out.hidden = false;
        try {
          await navigator.clipboard.writeText(text);
          status.textContent = `Copied ${list.length} source${list.length === 1 ? "" : "s"}.`;
        } catch {
          status.textContent = "The browser would not copy: select the text below.";
        }
      },
    },
    `Cite (${list.length} source${list.length === 1 ? "" : "s"})`,
  );
  els.details.querySelector(".panel-header")?.append(h("div", { class: "cite-row" }, button, status), out);
}

const exportLinks = {
  png: byId<HTMLButtonElement>("export-png"),
  csv: byId<HTMLAnchorElement>("export-csv"),
  graphml: byId<HTMLAnchorElement>("export-graphml"),
};

/** The server's exports of the subgraph in view (the `network` query's arguments). */
function syncExports(): void {
  const { id, depth, asOf, sector } = store.view;
  for (const format of ["csv", "graphml"] as const) {
    const link = exportLinks[format];
    if (!id) {
      link.removeAttribute("href");
      link.setAttribute("aria-disabled", "true");
      continue;
    }
    const query = new URLSearchParams({ center: id, depth: String(depth) });
    if (asOf) query.set("asOf", asOf);
    if (sector) query.set("sector", sector);
    link.href = `export/network.${format}?${query}`;
    link.setAttribute("download", `alliance-graph-${id}${asOf ? `-${asOf}` : ""}.${format}`);
    link.removeAttribute("aria-disabled");
  }
  exportLinks.png.disabled = !id;
}

exportLinks.png.addEventListener("click", async () => {
  const id = store.view.id ?? "view";
  const url = store.view.view === "map" ? await mapView.png() : graph.png();
  const a = h("a", { href: url, download: `alliance-graph-${id}${store.view.asOf ? `-${store.view.asOf}` : ""}.png` });
  document.body.append(a);
  a.click();
  a.remove();
});

// ---------------------------------------------------------------------------------------------
// The path finder.

const pathFinder = new PathFinder({
  onFind: (from, to) => {
    if (!navigate({ from, to, tab: "path" }, "push")) void loadPaths();
  },
  onClear: () => navigate({ from: undefined, to: undefined }, "replace"),
  onShowPath: (index) => {
    if (!store.paths) return;
    store.paths.shown = index;
    applyPath();
  },
  hrefFor: (id) => hrefFor(store.view, { id, tab: "details" }),
});
els.path.append(pathFinder.element);

function applyPath(): void {
  const paths = store.paths;
  graph.setPath(paths?.result.paths[paths.shown] ?? null);
  renderLegend();
  if (!store.view.id && graph.nodeCount > 0) overlay(null);
}

async function loadPaths(): Promise<void> {
  const controller = startRequest("paths");
  const { from, to } = store.view;
  if (!from || !to) {
    store.paths = null;
    if (!from && !to) pathFinder.setEnds(undefined, undefined);
    pathFinder.showIdle();
    applyPath();
    return;
  }
  pathFinder.showLoading();
  try {
    const result = await api.shortestPaths(from, to, filters(), controller.signal);
    if (controller.signal.aborted) return;
    banner.clear();
    store.paths = { result, shown: 0 };
    for (const p of [result.from, result.to])
      if (p) learn(p.id, p.__typename === "Organization" ? "ORGANIZATION" : "COUNTRY", p.name);
    pathFinder.showResult(result.from, result.to, result.paths, filtersNote());
    applyPath();
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    banner.report(error);
    store.paths = null;
    applyPath();
    const { title, detail } = describeError(error);
    pathFinder.showError(title, detail, () => void loadPaths());
  }
}

// ---------------------------------------------------------------------------------------------
// For the end-to-end test and the browser console.

Object.assign(window, {
  allianceExplorer: {
    state: () => ({ ...store.view }),
    nodeCenter: (id: string) => graph.nodeCenter(id),
    highlighted: () => graph.highlighted(),
    labelBoxes: () => graph.labelBoxes(),
    nodes: () => graph.nodes().map(({ id, type }) => ({ id, type })),
    partyLinkMidpoint: () => graph.partyLinkMidpoint(),
    changes: () => graph.changes(),
    shaded: () => mapView.shaded(),
  },
});

void controls.loadSectors();
apply(store.view, store.view, true);
