/**
 * How failures are shown: a banner across the page for those that stop everything (the server or
 * the database is down), and an inline box, with Retry where asking again can help, for the rest.
 */
import { ApiError, describeError } from "./api";
import { fill, h } from "./dom";

/** Codes that mean nothing on the page can load until the server or database is back. */
const PAGE_WIDE = ["NETWORK", "UNAVAILABLE"];

export class FailureBanner {
  constructor(
    private readonly element: HTMLElement,
    /** Reloads everything (the banner's Retry). */
    private readonly onRetry: () => void,
  ) {}

  /** Shows the banner if `error` cuts off the whole page; any other error is left to its area. */
  report(error: unknown): void {
    if (!(error instanceof ApiError) || !PAGE_WIDE.includes(error.code)) return;
    const { title, detail } = describeError(error);
    fill(
      this.element,
      h("strong", null, title),
      " ",
      detail,
      " ",
      h("button", { type: "button", "data-testid": "retry-all", onclick: () => this.retry() }, "Retry"),
    );
    this.element.hidden = false;
    this.element.dataset.code = error.code;
  }

  /** An answer came back: whatever was down is up again. */
  clear(): void {
    this.element.hidden = true;
  }

  private retry(): void {
    this.clear();
    this.onRetry();
  }
}

/** The error box of one area of the page. */
export function inlineError(error: unknown, retry: () => void): HTMLElement {
  const { title, detail, code } = describeError(error);
  return h(
    "div",
    { class: "inline-error", role: "alert", "data-code": code },
    h("strong", null, title),
    h("p", null, detail),
    // Asking again cannot help a request the API refused.
    code === "NOT_FOUND" || code === "BAD_USER_INPUT" ? null : h("button", { type: "button", onclick: retry }, "Retry"),
  );
}
