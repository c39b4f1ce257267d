/**
 * The Explorer end to end: the real app over the test Neo4j, driven in Debian's Chromium.
 * Needs dist/web/explorer (node scripts/build-web.mjs) and /usr/bin/chromium. Screenshots of
 * each step go to tests/artifacts/explorer-*.png.
 */
import type { Page } from "playwright-core";
import { startTestApi } from "../support/api-client";
import { launchChromium, missingPrerequisite, oneLineError, screenshot, settled, type Browser } from "./browser";

const DECLARATION = "us-israel-ai-declaration-2026";

/** Types in a search box and picks the suggestion with this id using only the keyboard. */
async function pickWithKeyboard(page: Page, box: string, text: string, id: string): Promise<void> {
  const input = page.getByTestId(`search-${box}`);
  await input.focus();
  await input.fill("");
  await page.keyboard.type(text, { delay: 40 });
  const listId = await input.getAttribute("aria-controls");
  const optionSelector = `#${listId} [role="option"][data-id="${id}"]`;
  await page.locator(optionSelector).waitFor({ state: "visible" });
  const ids = await page
    .locator(`#${listId} [role="option"]`)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  for (let i = 0; i <= ids.indexOf(id); i++) await page.keyboard.press("ArrowDown");
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.getAttribute("aria-selected") === "true",
    optionSelector,
    { timeout: 5_000 },
  );
  await page.keyboard.press("Enter");
}

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

const problem = missingPrerequisite();

if (problem) {
  test("the Explorer can be driven in a browser", () => {
    throw oneLineError(problem);
  });
} else {
  describe("Explorer in Chromium", () => {
    let api: Awaited<ReturnType<typeof startTestApi>>;
    let browser: Browser;
    let page: Page;
    let declarationTitle: string;

    beforeAll(async () => {
      api = await startTestApi();
      browser = await launchChromium();
      page = browser.page;
      const answer = await api.query(`{ agreement(id: "${DECLARATION}") { title } }`);
      declarationTitle = answer.body.data.agreement.title;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    test("opens at / with a start panel read from the API", async () => {
      await page.goto(`${api.url}/`);
      await settled(page);
      await expect(page.title()).resolves.toBe("Alliance Graph Explorer");
      await page.getByTestId("start-agreements").getByText(declarationTitle).waitFor();
      await screenshot(page, "01-start");
    });

    test("suggests as you type in French with accents, and opens a party with the keyboard", async () => {
      await page.keyboard.press("/");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe(
        "search-main",
      );
      await page.keyboard.type("Israël", { delay: 40 });
      const list = page.locator("#" + (await page.getByTestId("search-main").getAttribute("aria-controls")));
      await list.locator('[role="option"][data-id="IL"]').waitFor({ state: "visible" });
      await page.keyboard.press("ArrowDown");
      await screenshot(page, "02-suggestions");

      await pickWithKeyboard(page, "main", "Israël", "IL");
      await page.waitForURL((url) => url.searchParams.get("id") === "IL");
      await settled(page);
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe("Israel");
      await page.getByTestId("partners").getByText("United States").first().waitFor();
      await page.getByTestId("timeline").locator("time").first().waitFor();
      await screenshot(page, "03-israel");
    });

    test("opens the 16 January 2026 declaration by clicking its node in the network", async () => {
      // Agreements are folded into party-to-party links by default: draw them.
      await page.getByTestId("hubs").check();
      await page.waitForURL((url) => url.searchParams.get("hubs") === "1");
      await settled(page);
      const at = await page.evaluate((id) => (window as any).allianceExplorer.nodeCenter(id), DECLARATION);
      expect(at).not.toBeNull();
      await page.mouse.click(at.x, at.y);
      await page.waitForURL((url) => url.searchParams.get("id") === DECLARATION);
      await settled(page);
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe(declarationTitle);
      await expect(page.getByTestId("details").textContent()).resolves.toContain("16 Jan 2026");
      await screenshot(page, "04-declaration");
    });

    test("lists the signatories the API gives, with their sources", async () => {
      const answer = await api.query(`{ agreement(id: "${DECLARATION}") { signatures { person { name } } } }`);
      const expected = answer.body.data.agreement.signatures
        .map((s: { person: { name: string } }) => s.person.name)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      const section = page.getByTestId("signatures");
      const shown = (await section.locator('[data-role="signatory-name"]').allTextContents()).sort();
      expect(shown).toEqual(expected);
      // Every signature cites at least one source; sources without a url show their title as text.
      await expect(section.locator("li.fact").count()).resolves.toBe(expected.length);
      await expect(section.locator("li.fact:not(:has(.source-chip))").count()).resolves.toBe(0);
      const links = await page
        .getByTestId("details")
        .locator("a.source-chip")
        .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((href) => /^https?:\/\//.test(href))).toBe(true);
      await page.getByTestId("claims").waitFor();
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, "05-signatories");
    });

    test("finds the path from Israel to Japan, lists a step via Pax Silica and draws it", async () => {
      await page.getByRole("tab", { name: "Path finder" }).click();
      await pickWithKeyboard(page, "path-from", "Israël", "IL");
      await pickWithKeyboard(page, "path-to", "Japon", "JP");
      await page.waitForURL((url) => url.searchParams.get("from") === "IL" && url.searchParams.get("to") === "JP");
      const steps = page.getByTestId("path-step");
      await steps.first().waitFor();
      const texts = await steps.allTextContents();
      expect(texts.some((t) => t.includes("Israel") && t.includes("Japan") && t.includes("Pax Silica"))).toBe(true);
      // The first path the API gives is the one drawn in red.
      const answer = await api.query(
        `{ shortestPaths(from: "IL", to: "JP") { steps { from { id } to { id } via { ... on Agreement { id } ... on Initiative { id } } } } }`,
      );
      const first = answer.body.data.shortestPaths[0].steps.flatMap((s: any) => [s.from.id, s.via.id, s.to.id]);
      const highlighted: string[] = await page.evaluate(() => (window as any).allianceExplorer.highlighted());
      expect([...new Set(highlighted)].sort()).toEqual([...new Set(first)].sort());
      await screenshot(page, "06-path");
    });

    test("keeps the view in the URL: a reload restores entity, depth, sector, date and path", async () => {
      await page.getByTestId("depth").selectOption("2");
      await page.getByTestId("sector").selectOption("semiconductors");
      await page.getByTestId("as-of").fill("2026-02-01");
      await page.waitForURL(
        (url) => url.searchParams.get("asOf") === "2026-02-01" && url.searchParams.get("sector") === "semiconductors",
      );
      await settled(page);
      const before = Object.fromEntries(params(page));
      expect(before).toEqual({
        id: DECLARATION,
        depth: "2",
        sector: "semiconductors",
        asOf: "2026-02-01",
        from: "IL",
        to: "JP",
        tab: "path",
        hubs: "1",
      });

      await page.reload();
      await settled(page);
      await page.getByTestId("path-step").first().waitFor();
      expect(Object.fromEntries(params(page))).toEqual(before);
      await expect(page.getByTestId("depth").inputValue()).resolves.toBe("2");
      await expect(page.getByTestId("sector").inputValue()).resolves.toBe("semiconductors");
      await expect(page.getByTestId("as-of").inputValue()).resolves.toBe("2026-02-01");
      await expect(page.getByTestId("search-path-from").inputValue()).resolves.toBe("Israel");
      await expect(page.getByTestId("search-path-to").inputValue()).resolves.toBe("Japan");
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe(declarationTitle);
      expect((await page.getByTestId("path-step").allTextContents()).some((t) => t.includes("Pax Silica"))).toBe(true);
      // The paths are limited by both filters, and their summary says so.
      await expect(page.locator(".path-message").textContent()).resolves.toMatch(/\(as of .*2026, in semiconductors/i);
      await screenshot(page, "07-restored");

      // Back in the Details tab, the signatories are there after the reload too.
      await page.getByRole("tab", { name: "Details" }).click();
      await page.getByTestId("signatures").waitFor();
    });

    test("says so visibly when the API answers UNAVAILABLE", async () => {
      await page.route("**/graphql", (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({
            data: null,
            errors: [
              { message: "Neo4j is not reachable.", extensions: { code: "UNAVAILABLE", requestId: "e2e-test" } },
            ],
          }),
        }),
      );
      await page.reload();
      await settled(page);
      const banner = page.locator("#app-error");
      await banner.waitFor({ state: "visible" });
      await expect(banner.textContent()).resolves.toContain("The database is not reachable");
      await expect(page.getByTestId("details").getByRole("alert").textContent()).resolves.toContain("UNAVAILABLE");
      await screenshot(page, "08-unavailable");
      await page.unroute("**/graphql");
    });

    test("says so visibly when the network fails, and recovers with Retry", async () => {
      await page.route("**/graphql", (route) => route.abort("connectionrefused"));
      await page.reload();
      await settled(page);
      const banner = page.locator("#app-error");
      await banner.waitFor({ state: "visible" });
      await expect(banner.textContent()).resolves.toContain("The server cannot be reached");
      await expect(page.getByTestId("graph-area").getByRole("alert").isVisible()).resolves.toBe(true);
      await screenshot(page, "09-network-down");

      await page.unroute("**/graphql");
      await page.getByTestId("retry-all").click();
      await settled(page);
      await expect(banner.isHidden()).resolves.toBe(true);
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe(declarationTitle);
      await screenshot(page, "10-recovered");
    });

    test("asked no host other than 127.0.0.1 or localhost, and threw no error", () => {
      const hosts = new Set(browser.requests.filter((u) => /^(https?|wss?):/.test(u)).map((u) => new URL(u).hostname));
      expect([...hosts]).toEqual(expect.arrayContaining(["127.0.0.1"]));
      expect([...hosts].filter((h) => h !== "127.0.0.1" && h !== "localhost")).toEqual([]);
      expect(browser.requests.filter((u) => !/^(https?|wss?|data|blob):/.test(u))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
  });
}
