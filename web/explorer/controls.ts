/**
 * The page's controls: the network filters (depth, sector, date, reset) with the sector list they
 * offer, and the Details / Path tabs of the side panel. They show store.view and ask for every
 * change through `navigate`, so the address bar stays the one record of the view.
 */
import * as api from "./api";
import { describeError } from "./api";
import type { FailureBanner } from "./banners";
import { byId, h } from "./dom";
import { store } from "./state";
import { DEFAULT_DEPTH, type Colour, type Tab, type ViewState } from "./url-state";

/** Changes the view (main.ts); false when the patch changed nothing. */
export type Navigate = (patch: Partial<ViewState>, mode: "push" | "replace") => boolean;

export class FilterControls {
  private readonly depth = byId<HTMLSelectElement>("depth");
  private readonly sector = byId<HTMLSelectElement>("sector");
  private readonly asOf = byId<HTMLInputElement>("as-of");
  private readonly reset = byId<HTMLButtonElement>("reset-filters");
  private readonly compare = byId<HTMLInputElement>("compare");
  private readonly colour = byId<HTMLSelectElement>("colour");
  private readonly hubs = byId<HTMLInputElement>("hubs");

  constructor(
    navigate: Navigate,
    private readonly banner: FailureBanner,
  ) {
    this.depth.addEventListener("change", () => navigate({ depth: Number(this.depth.value) }, "replace"));
    this.sector.addEventListener("change", () => navigate({ sector: this.sector.value || undefined }, "replace"));
    this.asOf.addEventListener("change", () => {
      const value = this.asOf.value;
      if (value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value)) navigate({ asOf: value || undefined }, "replace");
    });
    this.compare.addEventListener("change", () => {
      const value = this.compare.value;
      if (value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value)) navigate({ compare: value || undefined }, "replace");
    });
    this.colour.addEventListener("change", () => navigate({ colour: this.colour.value as Colour }, "replace"));
    this.hubs.addEventListener("change", () => navigate({ hubs: this.hubs.checked }, "replace"));
    this.reset.addEventListener("click", () =>
      navigate({ depth: DEFAULT_DEPTH, sector: undefined, asOf: undefined, compare: undefined }, "replace"),
    );
    byId("controls").addEventListener("submit", (event) => event.preventDefault());
  }

  /** Shows the view's filters (a sector not in the list yet gets an option of its own). */
  sync(): void {
    const view = store.view;
    this.depth.value = String(view.depth);
    if (view.sector && ![...this.sector.options].some((o) => o.value === view.sector)) {
      this.sector.append(h("option", { value: view.sector }, view.sector));
    }
    this.sector.value = view.sector ?? "";
    if (document.activeElement !== this.asOf) this.asOf.value = view.asOf ?? "";
    if (document.activeElement !== this.compare) this.compare.value = view.compare ?? "";
    this.colour.value = view.colour;
    this.hubs.checked = view.hubs;
    this.reset.disabled = view.depth === DEFAULT_DEPTH && !view.sector && !view.asOf && !view.compare;
  }

  /** Fills the sector list (the tree, indented) and store.sectorNames. */
  async loadSectors(): Promise<void> {
    try {
      const roots = await api.sectors();
      const options: HTMLOptionElement[] = [];
      const walk = (list: api.SectorNode[], level: number) => {
        for (const s of [...list].sort((a, b) => a.name.localeCompare(b.name))) {
          store.sectorNames.set(s.id, s.name);
          options.push(
            h("option", { value: s.id }, `${"\u00a0\u00a0\u00a0".repeat(level)}${level ? "› " : ""}${s.name}`),
          );
          walk(s.children ?? [], level + 1);
        }
      };
      walk(roots, 0);
      this.sector.replaceChildren(h("option", { value: "" }, "All sectors"), ...options);
      this.sync();
    } catch (error) {
      this.banner.report(error);
      this.sector.title = `The sector list could not be loaded: ${describeError(error).title}`;
    }
  }
}

export class PanelTabs {
  private readonly tabs: Array<[Tab, HTMLButtonElement, HTMLElement]> = [
    ["details", byId<HTMLButtonElement>("tab-details"), byId("panel-details")],
    ["path", byId<HTMLButtonElement>("tab-path"), byId("panel-path")],
    ["timeline", byId<HTMLButtonElement>("tab-timeline"), byId("panel-timeline")],
  ];

  constructor(private readonly navigate: Navigate) {
    for (const [tab, button] of this.tabs) button.addEventListener("click", () => this.choose(tab));
    byId("panel")
      .querySelector('[role="tablist"]')!
      .addEventListener("keydown", (event) => {
        const key = (event as KeyboardEvent).key;
        if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(key)) return;
        event.preventDefault();
        const names = this.tabs.map(([tab]) => tab);
        const at = names.indexOf(store.view.tab);
        const step = key === "ArrowRight" ? 1 : -1;
        const next: Tab =
          key === "Home"
            ? names[0]
            : key === "End"
              ? names[names.length - 1]
              : names[(at + step + names.length) % names.length];
        this.choose(next);
        this.tabs.find(([tab]) => tab === next)![1].focus();
      });
  }

  show(tab: Tab): void {
    for (const [name, button, panel] of this.tabs) {
      const on = name === tab;
      button.setAttribute("aria-selected", String(on));
      button.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
    }
  }

  /** Shows `tab`, through the address bar so that a reload keeps it. */
  choose(tab: Tab): void {
    if (!this.navigate({ tab }, "replace")) this.show(tab);
  }
}

/** Hides or shows the side panel; on a narrow screen it starts hidden so the graph has room. */
export class PanelToggle {
  private readonly button = byId<HTMLButtonElement>("panel-toggle");

  constructor() {
    this.button.addEventListener("click", () => this.set(document.body.classList.contains("panel-collapsed")));
    if (window.matchMedia("(max-width: 900px)").matches) this.set(false);
  }

  set(open: boolean): void {
    document.body.classList.toggle("panel-collapsed", !open);
    this.button.setAttribute("aria-expanded", String(open));
    this.button.textContent = open ? "Hide panel" : "Show panel";
  }
}
