/**
 * The path finder: two parties, and the shortest chains of alliances between them, listed step
 * by step; the chosen chain is highlighted on the graph.
 */
import { PARTY_TYPES, type AlliancePath, type EntityType, type PartyRef } from "./api";
import { h, type Child } from "./dom";
import { formatDate } from "./format";
import { SearchBox } from "./search-box";

export interface PartyChoice {
  id: string;
  name: string;
}

export interface PathFinderOptions {
  /** Both ends chosen (or swapped): look for paths. */
  onFind: (from: string, to: string) => void;
  onClear: () => void;
  /** Highlight this path (index in the last result). */
  onShowPath: (index: number) => void;
  hrefFor: (id: string) => string;
}

export class PathFinder {
  readonly element: HTMLElement;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly results: HTMLElement;
  private readonly message: HTMLElement;
  private from: PartyChoice | undefined;
  private to: PartyChoice | undefined;
  private paths: AlliancePath[] = [];
  private shown = 0;

  constructor(private readonly options: PathFinderOptions) {
    this.fromBox = new SearchBox({
      name: "path-from",
      label: "From",
      placeholder: "A country or organization, e.g. Israël",
      types: PARTY_TYPES,
      onSelect: (hit) => {
        this.from = { id: hit.id, name: hit.label };
        if (this.to) this.submit();
        else this.toBox.focus();
      },
      onEdit: () => (this.from = undefined),
    });
    this.toBox = new SearchBox({
      name: "path-to",
      label: "To",
      placeholder: "e.g. Japon, European Union",
      types: PARTY_TYPES,
      onSelect: (hit) => {
        this.to = { id: hit.id, name: hit.label };
        if (this.from) this.submit();
        else this.fromBox.focus();
      },
      onEdit: () => (this.to = undefined),
    });
    this.message = h("p", { class: "path-message", role: "status", "aria-live": "polite" });
    this.results = h("div", { class: "path-results", "data-testid": "path-results" });
    const form = h(
      "form",
      { class: "path-form", onsubmit: (event: Event) => (event.preventDefault(), this.submit()) },
      this.fromBox.element,
      this.toBox.element,
      h(
        "div",
        { class: "button-row" },
        h("button", { type: "submit", class: "primary", "data-testid": "find-paths" }, "Find paths"),
        h("button", { type: "button", onclick: () => this.swap(), title: "Swap the two parties" }, "Swap ⇅"),
        h("button", { type: "button", onclick: () => this.clear() }, "Clear"),
      ),
    );
    this.element = h(
      "div",
      { class: "path-finder" },
      h("h2", { class: "panel-title" }, "Path finder"),
      h(
        "p",
        { class: "muted" },
        "The shortest chains of shared agreements and initiatives between two parties (attending a signing does not count).",
      ),
      form,
      this.message,
      this.results,
    );
  }

  /** Shows the chosen ends (from the URL or a result) without searching. */
  setEnds(from: PartyChoice | undefined, to: PartyChoice | undefined): void {
    this.from = from;
    this.to = to;
    this.fromBox.setValue(from?.name ?? "");
    this.toBox.setValue(to?.name ?? "");
  }

  focus(): void {
    this.fromBox.focus();
  }

  showLoading(): void {
    this.element.setAttribute("aria-busy", "true");
    this.setMessage("Looking for paths…", "loading");
    this.results.replaceChildren();
  }

  showError(title: string, detail: string, retry: () => void): void {
    this.element.removeAttribute("aria-busy");
    this.setMessage("", "");
    this.results.replaceChildren(
      h(
        "div",
        { class: "inline-error", role: "alert" },
        h("strong", null, title),
        " ",
        detail,
        " ",
        h("button", { type: "button", onclick: retry }, "Retry"),
      ),
    );
  }

  showIdle(): void {
    this.element.removeAttribute("aria-busy");
    this.setMessage("", "");
    this.results.replaceChildren();
    this.paths = [];
  }

  showResult(
    from: PartyRef | null,
    to: PartyRef | null,
    paths: AlliancePath[],
    filtersNote: string | null,
    shown = 0,
  ): void {
    this.element.removeAttribute("aria-busy");
    this.paths = paths;
    this.shown = shown;
    if (from && to) {
      this.from = { id: from.id, name: from.name };
      this.to = { id: to.id, name: to.name };
      if (document.activeElement !== this.fromBox.input) this.fromBox.setValue(from.name);
      if (document.activeElement !== this.toBox.input) this.toBox.setValue(to.name);
    }
    if (!from || !to) {
      this.setMessage(`No party has the id ${!from ? "“from”" : "“to”"} given in the address.`, "error");
      this.results.replaceChildren();
      return;
    }
    if (paths.length === 0) {
      this.setMessage(
        `No chain of at most 4 steps links ${from.name} and ${to.name}${filtersNote ? ` ${filtersNote}` : ""}.`,
        "",
      );
      this.results.replaceChildren();
      return;
    }
    const steps = paths[0].length;
    this.setMessage(
      `${paths.length} shortest chain${paths.length > 1 ? "s" : ""} of ${steps} step${steps > 1 ? "s" : ""} between ${from.name} and ${to.name}${filtersNote ? ` ${filtersNote}` : ""}. The highlighted one is drawn in red on the graph.`,
      "",
    );
    this.renderPaths();
  }

  private renderPaths(): void {
    this.results.replaceChildren(
      h(
        "ol",
        { class: "path-list" },
        this.paths.map((path, index) =>
          h(
            "li",
            { class: `path-item${index === this.shown ? " shown" : ""}`, "data-testid": "path" },
            h(
              "button",
              {
                type: "button",
                class: "path-toggle",
                "aria-pressed": index === this.shown ? "true" : "false",
                onclick: () => {
                  this.shown = index;
                  this.renderPaths();
                  this.options.onShowPath(index);
                },
              },
              index === this.shown ? `Path ${index + 1} (on the graph)` : `Show path ${index + 1} on the graph`,
            ),
            h(
              "ol",
              { class: "path-steps" },
              path.steps.map((step) => {
                const via: Child =
                  step.via.__typename === "Agreement"
                    ? [
                        this.link(step.via.id, "AGREEMENT", step.via.title),
                        h("span", { class: "muted" }, " (agreement)"),
                      ]
                    : [
                        this.link(step.via.id, "INITIATIVE", step.via.name),
                        h("span", { class: "muted" }, " (initiative)"),
                      ];
                return h(
                  "li",
                  { class: "path-step", "data-testid": "path-step" },
                  this.link(
                    step.from.id,
                    step.from.__typename === "Organization" ? "ORGANIZATION" : "COUNTRY",
                    step.from.name,
                  ),
                  h("span", { class: "arrow", "aria-hidden": "true" }, " → "),
                  h("span", { class: "visually-hidden" }, " to "),
                  this.link(
                    step.to.id,
                    step.to.__typename === "Organization" ? "ORGANIZATION" : "COUNTRY",
                    step.to.name,
                  ),
                  h("div", { class: "via" }, h("span", { class: "muted" }, "via "), via),
                );
              }),
            ),
          ),
        ),
      ),
    );
  }

  private link(id: string, type: EntityType, label: string): HTMLElement {
    return h(
      "a",
      { href: this.options.hrefFor(id), class: "entity-link", "data-entity-id": id, "data-entity-type": type },
      label,
    );
  }

  private submit(): void {
    if (!this.from || !this.to) {
      this.setMessage("Choose a party in both boxes, from the suggestions.", "error");
      (this.from ? this.toBox : this.fromBox).focus();
      return;
    }
    if (this.from.id === this.to.id) {
      this.setMessage("Choose two different parties.", "error");
      return;
    }
    this.options.onFind(this.from.id, this.to.id);
  }

  private swap(): void {
    const { from, to } = this;
    this.setEnds(to, from);
    if (this.from && this.to) this.submit();
  }

  private clear(): void {
    this.setEnds(undefined, undefined);
    this.showIdle();
    this.options.onClear();
    this.fromBox.focus();
  }

  private setMessage(text: string, kind: "" | "loading" | "error"): void {
    this.message.textContent = text;
    this.message.className = `path-message ${kind}`;
  }
}

export function describeFilters(asOf: string | undefined, sectorName: string | undefined): string | null {
  const parts = [asOf ? `as of ${formatDate(asOf)}` : null, sectorName ? `in ${sectorName}` : null].filter(Boolean);
  return parts.length ? `(${parts.join(", ")})` : null;
}
