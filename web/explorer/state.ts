/**
 * Everything the Explorer remembers between events, in one place: the view (mirrored in the
 * address bar, see url-state.ts), what it has learnt of ids, the sector names, the path shown,
 * the start panel's overview, and the one request in flight per area of the page.
 * The other modules keep no mutable state of their own: they read and change `store`.
 */
import type { DatedEvent, EntityType, Filters, Meta, Network, Overview, PathsResult } from "./api";
import { parseState, type ViewState } from "./url-state";

/** The parts of the page that load on their own; a new load of one aborts its previous one. */
export type Area = "network" | "details" | "paths" | "timeline" | "map";

export interface Store {
  /** The view, as in the address bar. Changed only by main.ts's navigation. */
  view: ViewState;
  /** What we learnt of each id's type and name (search hits, network nodes, links). */
  known: Map<string, { type: EntityType; label?: string }>;
  /** Sector id -> name, from the sector list. Empty until that list has loaded. */
  sectorNames: Map<string, string>;
  /** The paths found between view.from and view.to, and which one the graph highlights. */
  paths: { result: PathsResult; shown: number } | null;
  /** The start panel's figures, kept once loaded. */
  overview: Overview | null;
  /** The network drawn, and the same network on the compare day when there is one. */
  network: { later: Network; earlier?: Network } | null;
  /** Party id -> bloc rank, for the filters they were computed under. */
  blocs: { key: string; index: Map<string, number> } | null;
  /** The selected party's or initiative's dated events (null: nothing selected has any). */
  timeline: { id: string; name: string; events: DatedEvent[] } | null;
  /** The dataset's release and version, for citations (loaded on the first "Cite"). */
  meta: Meta | null;
  /** Move focus to the panel's title once the details being loaded arrive (a link was followed). */
  focusPanelOnLoad: boolean;
  requests: Map<Area, AbortController>;
}

export const store: Store = {
  view: parseState(location.search),
  known: new Map(),
  sectorNames: new Map(),
  paths: null,
  overview: null,
  network: null,
  blocs: null,
  timeline: null,
  meta: null,
  focusPanelOnLoad: false,
  requests: new Map(),
};

export function learn(id: string, type: EntityType, label?: string): void {
  store.known.set(id, { type, label: label ?? store.known.get(id)?.label });
}

/** The filters in force, as the API takes them. */
export function filters(): Filters {
  return { asOf: store.view.asOf, sector: store.view.sector };
}

/** The selected sector's name (its id until the sector list has loaded), or undefined. */
export function sectorName(): string | undefined {
  const id = store.view.sector;
  return id ? (store.sectorNames.get(id) ?? id) : undefined;
}

/** Starts a load of `area`, aborting the one it replaces. */
export function startRequest(area: Area): AbortController {
  store.requests.get(area)?.abort();
  const controller = new AbortController();
  store.requests.set(area, controller);
  return controller;
}

/** Whether `controller` is still the latest load of `area`. */
export function isLatest(area: Area, controller: AbortController): boolean {
  return store.requests.get(area) === controller;
}
