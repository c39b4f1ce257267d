/**
 * The view lives in the query string, so a view can be shared, bookmarked and restored on reload:
 *   ?id=us-israel-ai-declaration-2026&depth=2&sector=semiconductors&asOf=2026-02-01&from=IL&to=JP&tab=path
 *   &hubs=1 (draw agreements and initiatives) &colour=region|bloc &view=map
 *   &compare=2025-12-01 (mark the links gained and lost since that day)
 * The as-of slider moves `asOf`. Anything missing or malformed falls back to its default.
 */
import { ISO_DATE } from "./format";

export type Tab = "details" | "path" | "timeline";
export type Colour = "type" | "region" | "bloc";
export type MainView = "graph" | "map";
const TABS: Tab[] = ["details", "path", "timeline"];
const COLOURS: Colour[] = ["type", "region", "bloc"];

export interface ViewState {
  /** The selected entity, centre of the network. */
  id?: string;
  depth: number;
  sector?: string;
  asOf?: string;
  from?: string;
  to?: string;
  tab: Tab;
  /** Draw agreements and initiatives as nodes rather than folded into party-to-party links. */
  hubs: boolean;
  colour: Colour;
  view: MainView;
  /** The earlier day of "compare two dates" (the later one is asOf, or today). */
  compare?: string;
}

export const DEFAULT_DEPTH = 1;
export const MAX_DEPTH = 3;

const ID = /^[\p{L}\p{N}._:@-]{1,200}$/u;

function id(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && ID.test(trimmed) ? trimmed : undefined;
}

function validDate(value: string | null): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  // Date.parse rolls 2026-02-30 over to 2 March: only a day that reads back as written is real.
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value ? value : undefined;
}

export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get("depth"));
  return {
    id: id(params.get("id")),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH ? depth : DEFAULT_DEPTH,
    sector: id(params.get("sector")),
    asOf: validDate(params.get("asOf")),
    from: id(params.get("from")),
    to: id(params.get("to")),
    tab: TABS.find((t) => t === params.get("tab")) ?? "details",
    hubs: params.get("hubs") === "1",
    colour: COLOURS.find((c) => c === params.get("colour")) ?? "type",
    view: params.get("view") === "map" ? "map" : "graph",
    compare: validDate(params.get("compare")),
  };
}

/** The query string for a state ("?..." or "" ), defaults left out, in a stable order. */
export function formatState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.id) params.set("id", state.id);
  if (state.depth !== DEFAULT_DEPTH) params.set("depth", String(state.depth));
  if (state.sector) params.set("sector", state.sector);
  if (state.asOf) params.set("asOf", state.asOf);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.tab !== "details") params.set("tab", state.tab);
  if (state.hubs) params.set("hubs", "1");
  if (state.colour !== "type") params.set("colour", state.colour);
  if (state.view !== "graph") params.set("view", state.view);
  if (state.compare) params.set("compare", state.compare);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A link to the same view with another entity selected. */
export function hrefFor(state: ViewState, patch: Partial<ViewState>): string {
  return `${location.pathname}${formatState({ ...state, ...patch })}`;
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return formatState(a) === formatState(b);
}
