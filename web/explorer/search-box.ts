/**
 * A search box with suggestions as you type (ARIA 1.2 combobox): French or English, any accents
 * (the API's search ignores case, accents and apostrophes). Arrow keys move through the
 * suggestions, Enter picks one (the first when none is highlighted), Escape closes the list.
 */
import { describeError, isAbort, search, type EntityType, type SearchHit } from "./api";
import { h, uid } from "./dom";
import { TYPE_STYLE, typeLabel } from "./format";

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  types: EntityType[];
  onSelect: (hit: SearchHit) => void;
  /** The user changed the text (what was picked no longer stands). */
  onEdit?: () => void;
  /** Hide the label visually (it stays for screen readers). */
  hiddenLabel?: boolean;
  first?: number;
  name: string;
}

const DEBOUNCE_MS = 150;

export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private controller: AbortController | undefined;
  /** Enter was pressed before the suggestions arrived: take the first one when they do. */
  private pickFirstWhenReady = false;
  private lastQuery = "";
  /** Typed text not yet answered. */
  private pending = false;

  constructor(private readonly options: SearchBoxOptions) {
    const inputId = uid(`search-${options.name}`);
    const listId = `${inputId}-list`;
    this.input = h("input", {
      id: inputId,
      type: "search",
      class: "search-input",
      name: options.name,
      placeholder: options.placeholder,
      autocomplete: "off",
      spellcheck: "false",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      "data-testid": `search-${options.name}`,
    });
    this.list = h("ul", {
      id: listId,
      class: "suggestions",
      role: "listbox",
      "aria-label": `${options.label}: suggestions`,
      hidden: true,
    });
    this.status = h("div", { class: "suggestions-status", role: "status", "aria-live": "polite", hidden: true });
    this.element = h(
      "div",
      { class: "search-box" },
      h("label", { for: inputId, class: options.hiddenLabel ? "visually-hidden" : "field-label" }, options.label),
      h("div", { class: "search-field" }, this.input, this.list, this.status),
    );
    this.input.addEventListener("input", () => {
      this.options.onEdit?.();
      this.schedule();
    });
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("focus", () => {
      if (this.hits.length > 0 && this.input.value.trim() === this.lastQuery) this.open();
    });
    this.input.addEventListener("blur", () => window.setTimeout(() => this.close(), 120));
  }

  /** Shows a chosen entity's name without searching. */
  setValue(text: string): void {
    this.cancel();
    this.input.value = text;
    this.hits = [];
    this.close();
  }

  focus(): void {
    this.input.focus();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length === 0) {
      this.cancel();
      this.hits = [];
      this.close();
      return;
    }
    this.pending = true;
    this.showStatus("Searching…");
    this.timer = window.setTimeout(() => void this.run(text), DEBOUNCE_MS);
  }

  private cancel(): void {
    window.clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = undefined;
    this.pickFirstWhenReady = false;
    this.pending = false;
    this.element.removeAttribute("aria-busy");
  }

  private async run(text: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.element.setAttribute("aria-busy", "true");
    try {
      const hits = await search(text, this.options.types, this.options.first ?? 8, controller.signal);
      if (controller.signal.aborted) return;
      this.lastQuery = text;
      this.pending = this.input.value.trim() !== text;
      this.render(hits);
      if (this.pickFirstWhenReady && !this.pending) {
        this.pickFirstWhenReady = false;
        if (hits.length > 0) this.pick(0);
      }
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      this.hits = [];
      this.pending = false;
      this.pickFirstWhenReady = false;
      this.renderList();
      const { title, detail } = describeError(error);
      this.showStatus(`Search failed. ${title} ${detail}`, true);
    } finally {
      if (this.controller === controller) {
        this.controller = undefined;
        this.element.removeAttribute("aria-busy");
      }
    }
  }

  private render(hits: SearchHit[]): void {
    this.hits = hits;
    this.active = -1;
    this.renderList();
    if (hits.length === 0) this.showStatus(`No match for “${this.input.value.trim()}”.`);
    else {
      this.showStatus(
        `${hits.length} suggestion${hits.length > 1 ? "s" : ""}: use the arrow keys and Enter.`,
        false,
        true,
      );
      this.open();
    }
  }

  private renderList(): void {
    const listId = this.list.id;
    this.list.replaceChildren(
      ...this.hits.map((hit, index) =>
        h(
          "li",
          {
            id: `${listId}-${index}`,
            role: "option",
            class: "suggestion",
            "aria-selected": index === this.active ? "true" : "false",
            "data-id": hit.id,
            onmousedown: (event: MouseEvent) => event.preventDefault(), // keep the focus in the input
            onclick: () => this.pick(index),
            onmousemove: () => this.highlight(index),
          },
          h("span", {
            class: "type-dot",
            style: `background:${TYPE_STYLE[hit.type]?.color ?? "#999"}`,
            "aria-hidden": "true",
          }),
          h("span", { class: "suggestion-label" }, hit.label),
          h("span", { class: "suggestion-type" }, typeLabel(hit.type)),
        ),
      ),
    );
    if (this.hits.length === 0) this.close();
  }

  private highlight(index: number): void {
    this.active = index;
    [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
    if (index >= 0) {
      this.input.setAttribute("aria-activedescendant", `${this.list.id}-${index}`);
      this.list.children[index]?.scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.cancel();
    this.input.value = hit.label;
    this.close();
    this.options.onSelect(hit);
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.hits.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (count === 0) return;
        if (this.list.hidden) this.open();
        this.highlight((this.active + 1) % count);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (count === 0) return;
        if (this.list.hidden) this.open();
        this.highlight(this.active <= 0 ? count - 1 : this.active - 1);
        break;
      case "Home":
      case "End":
        if (this.list.hidden || count === 0) return;
        event.preventDefault();
        this.highlight(event.key === "Home" ? 0 : count - 1);
        break;
      case "Enter": {
        event.preventDefault();
        const text = this.input.value.trim();
        if (!text) return;
        if (!this.pending && text === this.lastQuery && count > 0)
          this.pick(this.active >= 0 && !this.list.hidden ? this.active : 0);
        else {
          // The suggestions for this text are still coming: take the first when they arrive.
          this.pickFirstWhenReady = true;
          if (!this.controller) {
            window.clearTimeout(this.timer);
            void this.run(text);
          }
        }
        break;
      }
      case "Escape":
        if (!this.list.hidden) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.setValue("");
        }
        break;
      case "Tab":
        this.close();
        break;
    }
  }

  private open(): void {
    if (this.hits.length === 0) return;
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
    if (!this.controller) this.status.hidden = true;
  }

  private showStatus(text: string, isError = false, visuallyHidden = false): void {
    this.status.textContent = text;
    this.status.hidden = false;
    this.status.classList.toggle("error", isError);
    this.status.classList.toggle("visually-hidden", visuallyHidden);
  }
}
