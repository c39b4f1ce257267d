/**
 * Alliance Graph Explorer: search, the network around the selected entity, its details with
 * sources, and a path finder — all read from the public GraphQL API (POST /graphql).
 *
 * The view's state lives in the query string (url-state.ts): selecting an entity pushes a history
 * entry, filters replace the current one, and Back/Forward or a reload restore the view.
 */
import './styles.css';
import * as api from './api';
import { ApiError, describeError, isAbort, SEARCH_TYPES, type EntityType, type Network } from './api';
import { fill, h } from './dom';
import { EDGE_STYLE, OTHER_EDGE, TYPE_STYLE, humanize, truncate, typeLabel } from './format';
import { GraphView } from './graph-view';
import { describeFilters, PathFinder } from './path-finder';
import { SearchBox } from './search-box';
import { renderDetails, renderWelcome, type Details, type PanelContext } from './side-panel';
import { formatState, hrefFor, parseState, sameState, type Tab, type ViewState } from './url-state';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const els = {
  appError: byId('app-error'),
  depth: byId<HTMLSelectElement>('depth'),
  sector: byId<HTMLSelectElement>('sector'),
  asOf: byId<HTMLInputElement>('as-of'),
  reset: byId<HTMLButtonElement>('reset-filters'),
  graphStatus: byId('graph-status'),
  graph: byId('graph'),
  overlay: byId('graph-overlay'),
  nodeList: byId<HTMLDetailsElement>('node-list'),
  legend: byId('legend'),
  tabDetails: byId<HTMLButtonElement>('tab-details'),
  tabPath: byId<HTMLButtonElement>('tab-path'),
  details: byId('panel-details'),
  path: byId('panel-path'),
};

let state: ViewState = parseState(location.search);
/** What we learnt of each id's type and name (search hits, network nodes, links). */
const known = new Map<string, { type: EntityType; label?: string }>();
const sectorNames = new Map<string, string>();
let paths: { result: Awaited<ReturnType<typeof api.shortestPaths>>; shown: number } | null = null;

function learn(id: string, type: EntityType, label?: string): void {
  known.set(id, { type, label: label ?? known.get(id)?.label });
}

function filters(): api.Filters {
  return { asOf: state.asOf, sector: state.sector };
}

function panelContext(): PanelContext {
  return { hrefFor: (id) => hrefFor(state, { id, tab: 'details' }), asOf: state.asOf, sectorName: state.sector ? (sectorNames.get(state.sector) ?? state.sector) : undefined };
}

// ---------------------------------------------------------------------------------------------
// Navigation: every change of view goes through here.

function navigate(patch: Partial<ViewState>, mode: 'push' | 'replace'): boolean {
  const next = { ...state, ...patch };
  if (sameState(next, state)) return false;
  const previous = state;
  state = next;
  const url = `${location.pathname}${formatState(next)}`;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  apply(previous, next, false);
  return true;
}

window.addEventListener('popstate', () => {
  const previous = state;
  state = parseState(location.search);
  apply(previous, state, false);
});

function apply(previous: ViewState, next: ViewState, initial: boolean): void {
  syncControls();
  showTab(next.tab);
  const filtersChanged = previous.sector !== next.sector || previous.asOf !== next.asOf;
  if (initial || previous.id !== next.id || previous.depth !== next.depth || filtersChanged) void loadNetwork();
  if (initial || previous.id !== next.id || filtersChanged) void loadDetails();
  // Paths honour the date but not the sector: a chain between two parties is wanted whatever it covers.
  if (initial || previous.from !== next.from || previous.to !== next.to || filtersChanged) void loadPaths();
}

function select(id: string, type: EntityType, label?: string, focusPanel = false): void {
  learn(id, type, label);
  const changed = navigate({ id, tab: 'details' }, 'push');
  if (!changed) showTab('details');
  if (focusPanel) pendingPanelFocus = true;
}
let pendingPanelFocus = false;

// ---------------------------------------------------------------------------------------------
// A banner for the failures that stop everything (server or database down).

function reportFailure(error: unknown): void {
  if (!(error instanceof ApiError) || !['NETWORK', 'UNAVAILABLE'].includes(error.code)) return;
  const { title, detail } = describeError(error);
  fill(
    els.appError,
    h('strong', null, title),
    ' ',
    detail,
    ' ',
    h('button', { type: 'button', 'data-testid': 'retry-all', onclick: () => retryAll() }, 'Retry'),
  );
  els.appError.hidden = false;
  els.appError.dataset.code = error.code;
}

function reportSuccess(): void {
  els.appError.hidden = true;
}

function retryAll(): void {
  els.appError.hidden = true;
  if (sectorNames.size === 0) void loadSectors();
  apply(state, state, true);
}

function inlineError(error: unknown, retry: () => void): HTMLElement {
  const { title, detail, code } = describeError(error);
  return h(
    'div',
    { class: 'inline-error', role: 'alert', 'data-code': code },
    h('strong', null, title),
    h('p', null, detail),
    // Asking again cannot help a request the API refused.
    code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? null : h('button', { type: 'button', onclick: retry }, 'Retry'),
  );
}

// ---------------------------------------------------------------------------------------------
// Search.

const search = new SearchBox({
  name: 'main',
  label: 'Search the graph',
  hiddenLabel: true,
  placeholder: 'Search a country, agreement, initiative, person… (English or French)',
  types: SEARCH_TYPES,
  first: 10,
  onSelect: (hit) => select(hit.id, hit.type, hit.label),
});
byId('search-slot').append(search.element);

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !target.closest('input, textarea, select, [contenteditable]')) {
    event.preventDefault();
    search.focus();
  }
});

// Links to entities anywhere in the page select in place (a modified click opens a new tab).
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-entity-id]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  select(link.dataset.entityId!, link.dataset.entityType as EntityType, link.textContent ?? undefined, true);
});

// ---------------------------------------------------------------------------------------------
// Filters.

function syncControls(): void {
  els.depth.value = String(state.depth);
  if (state.sector && ![...els.sector.options].some((o) => o.value === state.sector)) {
    els.sector.append(h('option', { value: state.sector }, state.sector));
  }
  els.sector.value = state.sector ?? '';
  if (document.activeElement !== els.asOf) els.asOf.value = state.asOf ?? '';
  els.reset.disabled = state.depth === 1 && !state.sector && !state.asOf;
}

els.depth.addEventListener('change', () => navigate({ depth: Number(els.depth.value) }, 'replace'));
els.sector.addEventListener('change', () => navigate({ sector: els.sector.value || undefined }, 'replace'));
els.asOf.addEventListener('change', () => {
  const value = els.asOf.value;
  if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) navigate({ asOf: value || undefined }, 'replace');
});
els.reset.addEventListener('click', () => navigate({ depth: 1, sector: undefined, asOf: undefined }, 'replace'));
byId('controls').addEventListener('submit', (event) => event.preventDefault());

async function loadSectors(): Promise<void> {
  try {
    const roots = await api.sectors();
    const options: HTMLOptionElement[] = [];
    const walk = (list: api.SectorNode[], level: number) => {
      for (const s of [...list].sort((a, b) => a.name.localeCompare(b.name))) {
        sectorNames.set(s.id, s.name);
        options.push(h('option', { value: s.id }, `${'\u00a0\u00a0\u00a0'.repeat(level)}${level ? '› ' : ''}${s.name}`));
        walk(s.children ?? [], level + 1);
      }
    };
    walk(roots, 0);
    els.sector.replaceChildren(h('option', { value: '' }, 'All sectors'), ...options);
    syncControls();
  } catch (error) {
    reportFailure(error);
    els.sector.title = `The sector list could not be loaded: ${describeError(error).title}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The graph.

const graph = new GraphView({
  container: els.graph,
  onSelect: (id, type) => select(id, type),
});
byId('zoom-in').addEventListener('click', () => graph.zoom(1.25));
byId('zoom-out').addEventListener('click', () => graph.zoom(0.8));
byId('zoom-fit').addEventListener('click', () => graph.fit());

let networkController: AbortController | undefined;

function overlay(content: HTMLElement | string | null, kind: 'loading' | 'error' | 'info' | 'empty' = 'info'): void {
  if (!content) {
    els.overlay.hidden = true;
    els.overlay.replaceChildren();
    return;
  }
  els.overlay.className = `graph-overlay ${kind}`;
  fill(els.overlay, typeof content === 'string' ? h('p', null, content) : content);
  els.overlay.hidden = false;
}

async function loadNetwork(): Promise<void> {
  networkController?.abort();
  const controller = new AbortController();
  networkController = controller;
  const id = state.id;
  els.graph.parentElement!.dataset.state = 'loading';
  if (!id) {
    graph.clear();
    applyPath();
    overlay(graph.nodeCount === 0 ? 'Search for a country, an agreement or an initiative above to draw its network.' : null, 'empty');
    els.graphStatus.textContent = '';
    renderNodeList();
    els.graph.parentElement!.dataset.state = 'empty';
    return;
  }
  overlay(h('p', null, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading the network…'), 'loading');
  els.graph.parentElement!.setAttribute('aria-busy', 'true');
  try {
    const network = await api.network(id, state.depth, filters(), controller.signal);
    if (controller.signal.aborted) return;
    reportSuccess();
    network.nodes.forEach((n) => learn(n.id, n.type, n.label));
    graph.setNetwork(network, id);
    applyPath();
    overlay(null);
    describeNetwork(network, id);
    renderNodeList();
    els.graph.parentElement!.dataset.state = 'ready';
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    reportFailure(error);
    graph.clear();
    applyPath();
    renderNodeList();
    overlay(inlineError(error, () => void loadNetwork()), 'error');
    els.graphStatus.textContent = 'The network could not be loaded.';
    els.graph.parentElement!.dataset.state = 'error';
  } finally {
    if (networkController === controller) els.graph.parentElement!.removeAttribute('aria-busy');
  }
}

function describeNetwork(network: Network, id: string): void {
  const name = truncate(known.get(id)?.label ?? id, 70);
  const filterText = describeFilters(state.asOf, state.sector ? sectorNames.get(state.sector) : undefined);
  els.graphStatus.textContent = `${network.nodes.length} node${network.nodes.length === 1 ? '' : 's'} and ${network.edges.length} link${network.edges.length === 1 ? '' : 's'} within ${state.depth} step${state.depth > 1 ? 's' : ''} of ${name}${filterText ? ` ${filterText}` : ''}.`;
  if (network.edges.length === 0) overlay(`Nothing links ${name} to others${filterText ? ` ${filterText}` : ''}.`, 'info');
}

function renderNodeList(): void {
  const nodes = graph.nodes().sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  const summary = els.nodeList.querySelector('summary')!;
  summary.textContent = `Nodes in view (${nodes.length})`;
  fill(
    els.nodeList.querySelector('ul')!,
    nodes.map((n) =>
      h(
        'li',
        null,
        h(
          'button',
          { type: 'button', class: `node-button${n.id === state.id ? ' current' : ''}`, 'data-node-id': n.id, onclick: () => select(n.id, n.type, n.label, true) },
          h('span', { class: 'type-dot', style: `background:${TYPE_STYLE[n.type]?.color ?? '#999'}`, 'aria-hidden': 'true' }),
          h('span', { class: 'node-label', title: n.label }, n.label),
          h('span', { class: 'muted node-type' }, typeLabel(n.type)),
        ),
      ),
    ),
  );
  els.nodeList.hidden = nodes.length === 0;
  renderLegend();
}

function renderLegend(): void {
  const { nodeTypes, edgeTypes, path } = graph.kinds();
  if (nodeTypes.size === 0) {
    els.legend.hidden = true;
    return;
  }
  els.legend.hidden = false;
  fill(
    els.legend,
    h(
      'ul',
      null,
      [...nodeTypes].map((t) => h('li', null, h('span', { class: `swatch node shape-${TYPE_STYLE[t]?.shape ?? 'ellipse'}`, style: `background:${TYPE_STYLE[t]?.color ?? '#999'}` }), typeLabel(t))),
    ),
    edgeTypes.size > 0
      ? h(
          'ul',
          null,
          [...edgeTypes].map((t) => {
            const s = EDGE_STYLE[t] ?? OTHER_EDGE;
            return h('li', null, h('span', { class: `swatch edge${'dashed' in s && s.dashed ? ' dashed' : ''}`, style: `--edge-color:${s.color}` }), EDGE_STYLE[t] ? s.label : humanize(t));
          }),
          path ? h('li', null, h('span', { class: 'swatch edge', style: '--edge-color:#dc2626' }), 'path found') : null,
        )
      : null,
  );
}

// ---------------------------------------------------------------------------------------------
// The side panel.

let detailsController: AbortController | undefined;
let overview: api.Overview | null = null;

async function fetchDetails(id: string, type: EntityType, signal: AbortSignal): Promise<Details> {
  const notFound = () => new ApiError('NOT_FOUND', `Nothing has the id “${id}”.`);
  switch (type) {
    case 'AGREEMENT': {
      const agreement = await api.agreement(id, signal);
      if (!agreement) throw notFound();
      return { type, agreement };
    }
    case 'COUNTRY':
    case 'ORGANIZATION': {
      const { party, timeline } = await api.party(id, filters(), signal);
      if (!party) throw notFound();
      return { type: 'PARTY', party, timeline };
    }
    case 'INITIATIVE': {
      const initiative = await api.initiative(id, filters(), signal);
      if (!initiative) throw notFound();
      return { type, initiative };
    }
    case 'PERSON': {
      const person = await api.person(id, signal);
      if (!person) throw notFound();
      return { type, person };
    }
    case 'SECTOR': {
      const sector = await api.sector(id, signal);
      if (!sector) throw notFound();
      return { type, sector };
    }
    default:
      return { type: 'OTHER', id, entityType: type, label: known.get(id)?.label ?? id };
  }
}

function titleOf(details: Details): string {
  switch (details.type) {
    case 'AGREEMENT':
      return details.agreement.title;
    case 'PARTY':
      return details.party.name;
    case 'INITIATIVE':
      return details.initiative.name;
    case 'PERSON':
      return details.person.name;
    case 'SECTOR':
      return details.sector.name;
    case 'OTHER':
      return details.label;
  }
}

async function loadDetails(): Promise<void> {
  detailsController?.abort();
  const controller = new AbortController();
  detailsController = controller;
  const id = state.id;
  els.details.dataset.state = 'loading';
  if (!id) {
    document.title = 'Alliance Graph Explorer';
    fill(els.details, renderWelcome(panelContext(), overview, null));
    try {
      overview ??= await api.overview(controller.signal);
      if (controller.signal.aborted) return;
      reportSuccess();
      fill(els.details, renderWelcome(panelContext(), overview, null));
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      reportFailure(error);
      const { title, detail } = describeError(error);
      fill(els.details, renderWelcome(panelContext(), null, `${title} ${detail}`));
    }
    els.details.dataset.state = 'ready';
    return;
  }
  els.details.setAttribute('aria-busy', 'true');
  fill(els.details, h('div', { class: 'panel-loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${known.get(id)?.label ?? id}…`));
  try {
    const type = known.get(id)?.type ?? (await api.resolveType(id, controller.signal));
    if (controller.signal.aborted) return;
    if (!type) throw new ApiError('NOT_FOUND', `Nothing in the graph has the id “${id}”. The link may be outdated: search for it by name.`);
    const details = await fetchDetails(id, type, controller.signal);
    if (controller.signal.aborted) return;
    reportSuccess();
    learn(id, type, titleOf(details));
    document.title = `${titleOf(details)} — Alliance Graph Explorer`;
    fill(els.details, renderDetails(panelContext(), details));
    els.details.dataset.state = 'ready';
    els.details.scrollTop = 0;
    els.details.closest('.panel')!.scrollTop = 0;
    if (pendingPanelFocus) els.details.querySelector<HTMLElement>('[data-testid="entity-title"]')?.focus({ preventScroll: true });
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    reportFailure(error);
    fill(els.details, inlineError(error, () => void loadDetails()));
    els.details.dataset.state = 'error';
  } finally {
    if (detailsController === controller) {
      els.details.removeAttribute('aria-busy');
      pendingPanelFocus = false;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tabs.

function showTab(tab: Tab): void {
  const tabs: Array<[Tab, HTMLButtonElement, HTMLElement]> = [
    ['details', els.tabDetails, els.details],
    ['path', els.tabPath, els.path],
  ];
  for (const [name, button, panel] of tabs) {
    const on = name === tab;
    button.setAttribute('aria-selected', String(on));
    button.tabIndex = on ? 0 : -1;
    panel.hidden = !on;
  }
}

function chooseTab(tab: Tab): void {
  if (!navigate({ tab }, 'replace')) showTab(tab);
}

els.tabDetails.addEventListener('click', () => chooseTab('details'));
els.tabPath.addEventListener('click', () => chooseTab('path'));
byId('panel').querySelector('[role="tablist"]')!.addEventListener('keydown', (event) => {
  const key = (event as KeyboardEvent).key;
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key)) return;
  event.preventDefault();
  const next: Tab = key === 'Home' ? 'details' : key === 'End' ? 'path' : state.tab === 'details' ? 'path' : 'details';
  chooseTab(next);
  (next === 'details' ? els.tabDetails : els.tabPath).focus();
});

// ---------------------------------------------------------------------------------------------
// The path finder.

const pathFinder = new PathFinder({
  onFind: (from, to) => {
    if (!navigate({ from, to, tab: 'path' }, 'push')) void loadPaths();
  },
  onClear: () => navigate({ from: undefined, to: undefined }, 'replace'),
  onShowPath: (index) => {
    if (!paths) return;
    paths.shown = index;
    applyPath();
  },
  hrefFor: (id) => hrefFor(state, { id, tab: 'details' }),
});
els.path.append(pathFinder.element);

let pathsController: AbortController | undefined;

function applyPath(): void {
  graph.setPath(paths?.result.paths[paths.shown] ?? null);
  renderLegend();
  if (!state.id && graph.nodeCount > 0) overlay(null);
}

async function loadPaths(): Promise<void> {
  pathsController?.abort();
  const controller = new AbortController();
  pathsController = controller;
  const { from, to } = state;
  if (!from || !to) {
    paths = null;
    if (!from && !to) pathFinder.setEnds(undefined, undefined);
    pathFinder.showIdle();
    applyPath();
    return;
  }
  pathFinder.showLoading();
  try {
    const result = await api.shortestPaths(from, to, filters(), controller.signal);
    if (controller.signal.aborted) return;
    reportSuccess();
    paths = { result, shown: 0 };
    for (const p of [result.from, result.to]) if (p) learn(p.id, p.__typename === 'Organization' ? 'ORGANIZATION' : 'COUNTRY', p.name);
    pathFinder.showResult(result.from, result.to, result.paths, describeFilters(state.asOf, undefined));
    applyPath();
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return;
    reportFailure(error);
    paths = null;
    applyPath();
    const { title, detail } = describeError(error);
    pathFinder.showError(title, detail, () => void loadPaths());
  }
}

// ---------------------------------------------------------------------------------------------
// For the end-to-end test and the browser console.

Object.assign(window, {
  allianceExplorer: {
    state: () => ({ ...state }),
    nodeCenter: (id: string) => graph.nodeCenter(id),
    highlighted: () => graph.highlighted(),
  },
});

void loadSectors();
apply(state, state, true);
