import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium); Playwright downloads no browser here. */
export const CHROMIUM = "/usr/bin/chromium";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
export const EXPLORER_DIST = path.join(PROJECT_ROOT, "dist", "web", "explorer");
export const ARTIFACTS = path.join(PROJECT_ROOT, "tests", "artifacts");

/** Why the browser tests cannot run here, in one line, or undefined when they can. */
export function missingPrerequisite(): string | undefined {
  if (!fs.existsSync(CHROMIUM)) return "Chromium is missing: apt-get install -y chromium";
  if (
    !fs.existsSync(path.join(EXPLORER_DIST, "index.html")) ||
    !fs.existsSync(path.join(EXPLORER_DIST, "assets", "main.js"))
  ) {
    return "dist/web/explorer is missing: run `node scripts/build-web.mjs` before the tests";
  }
  return undefined;
}

/** An error that jest prints as its message alone, without a stack. */
export function oneLineError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile in a temporary folder, removed on close. */
export async function launchChromium(viewport = { width: 1366, height: 800 }): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-chromium-"));
  // launchPersistentContext passes the profile as --user-data-dir (Playwright refuses it in args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: "en-GB",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    requests,
    pageErrors,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`) });
}

/** Waits until nothing in the page is loading (a cold database can take a while on a busy machine). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy="true"]') &&
      ["ready", "empty", "error"].includes(
        document.querySelector<HTMLElement>('[data-testid="graph-area"]')?.dataset.state ?? "",
      ) &&
      ["ready", "error"].includes(
        document.querySelector<HTMLElement>('[data-testid="details"]')?.dataset.state ?? "",
      ) &&
      ["ready", "error", undefined].includes(
        document.querySelector<HTMLElement>('[data-testid="timeline-panel"]')?.dataset.state,
      ) &&
      (document.querySelector<HTMLElement>('[data-testid="map"]')?.hidden !== false ||
        ["ready", "empty", "error"].includes(
          document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.state ?? "",
        )),
    null,
    { timeout: 90_000 },
  );
}

/** Descendants of `selector` wider than their box (content cut off or scrolled sideways). */
export async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [`${sel} is missing`];
    return [root, ...Array.from(root.querySelectorAll("*"))]
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.scrollWidth} > ${el.clientWidth}: ${(el.textContent ?? "").trim().slice(0, 60)}`,
      );
  }, selector);
}
