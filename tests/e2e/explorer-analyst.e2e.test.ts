/**
 * The Explorer for analysts (issue 19), end to end in Debian's Chromium over the test Neo4j:
 * a side panel that never overflows, partial lists marked, every kind of entity, readable
 * networks, time, the map, exports and accessibility. Screenshots go to
 * tests/artifacts/explorer-analyst-*.png.
 */
import type { Page } from "playwright-core";
import { startTestApi } from "../support/api-client";
import {
  launchChromium,
  missingPrerequisite,
  oneLineError,
  overflowing,
  screenshot,
  settled,
  type Browser,
} from "./browser";

const DECLARATION = "us-israel-ai-declaration-2026";
const PAX_SILICA = "pax-silica";

async function open(page: Page, base: string, query: string): Promise<void> {
  await page.goto(`${base}/${query}`);
  await settled(page);
}

const problem = missingPrerequisite();

if (problem) {
  test("the Explorer can be driven in a browser", () => {
    throw oneLineError(problem);
  });
} else {
  describe("Explorer for analysts in Chromium", () => {
    let api: Awaited<ReturnType<typeof startTestApi>>;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      api = await startTestApi();
      browser = await launchChromium({ width: 1440, height: 900 });
      page = browser.page;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    describe.each([1440, 1024])("at %i px wide, the side panel", (width) => {
      test.each([
        ["the declaration", DECLARATION],
        ["Pax Silica", PAX_SILICA],
        ["a country", "US"],
      ])("holds %s without overflowing sideways, its text wrapped", async (_name, id) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page, api.url, `?id=${id}`);
        await expect(overflowing(page, "#panel")).resolves.toEqual([]);
        // Wrapped, not hidden: every source chip is shown whole inside the panel.
        const panelBox = (await page.locator("#panel").boundingBox())!;
        const chips = await page.locator("#panel .source-chip").evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            const style = getComputedStyle(e);
            return { right: r.right, clipped: style.textOverflow === "ellipsis" || style.whiteSpace === "nowrap" };
          }),
        );
        expect(chips.length).toBeGreaterThan(0);
        expect(chips.filter((c) => c.clipped)).toEqual([]);
        expect(Math.max(...chips.map((c) => c.right))).toBeLessThanOrEqual(panelBox.x + panelBox.width);
        await screenshot(page, `analyst-panel-${id}-${width}`);
      });
    });

    test("the panel can be hidden and shown again", async () => {
      await page.setViewportSize({ width: 1024, height: 900 });
      await page.getByTestId("panel-toggle").click();
      await expect(page.locator("#panel").isHidden()).resolves.toBe(true);
      await expect(page.getByTestId("panel-toggle").getAttribute("aria-expanded")).resolves.toBe("false");
      await page.getByTestId("panel-toggle").click();
      await expect(page.locator("#panel").isVisible()).resolves.toBe(true);
      await page.setViewportSize({ width: 1440, height: 900 });
    });

    test("marks a partial member list with the counts the API gives", async () => {
      const { initiative } = await api.data(
        `{ initiative(id: "${PAX_SILICA}") { memberList { completeness listed reported } } }`,
      );
      expect(initiative.memberList.completeness).toBe("PARTIAL");
      await open(page, api.url, `?id=${PAX_SILICA}`);
      const badge = page.getByTestId("members").getByTestId("partial-badge");
      const { listed, reported } = initiative.memberList;
      await expect(badge.textContent()).resolves.toBe(
        reported != null ? `partial: ${listed} of ${reported} listed` : `partial: ${listed} listed`,
      );
      await expect(page.getByTestId("members").getByTestId("partial-note").isVisible()).resolves.toBe(true);
      await page.getByTestId("members").scrollIntoViewIfNeeded();
      await screenshot(page, "analyst-partial-badge");
    });

    test("marks an agreement's partial party list too", async () => {
      const { agreement } = await api.data(`{ agreement(id: "${DECLARATION}") { partyList { completeness listed } } }`);
      await open(page, api.url, `?id=${DECLARATION}`);
      const badge = page.getByTestId("acts").getByTestId("partial-badge");
      if (agreement.partyList.completeness === "PARTIAL")
        await expect(badge.textContent()).resolves.toContain(`partial: ${agreement.partyList.listed}`);
      else await expect(badge.count()).resolves.toBe(0);
    });

    test("opens a person: positions with dates and whether they hold, signatures with capacity", async () => {
      const { agreement } = await api.data(
        `{ agreement(id: "${DECLARATION}") { signatures { capacity person { id name positions { title current } signatures { capacity agreement { id } } } } } }`,
      );
      const signer = agreement.signatures.find((s: any) => s.person.positions.length > 0) ?? agreement.signatures[0];
      await open(page, api.url, `?id=${DECLARATION}`);
      await page.getByTestId("signatures").getByText(signer.person.name).click();
      await page.waitForURL((url) => url.searchParams.get("id") === signer.person.id);
      await settled(page);
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe(signer.person.name);
      const positions = page.getByTestId("positions");
      await expect(positions.locator("li.fact").count()).resolves.toBe(signer.person.positions.length);
      const expectedStatus = signer.person.positions.map((p: any) =>
        p.current === true ? "in post" : p.current === false ? "ended" : "not settled",
      );
      await expect(positions.getByTestId("position-status").allTextContents()).resolves.toEqual(expectedStatus);
      const signed = page.getByTestId("person-signatures");
      await expect(signed.locator("li.fact").count()).resolves.toBe(signer.person.signatures.length);
      if (signer.capacity) await expect(signed.textContent()).resolves.toContain(`as ${signer.capacity}`);
      await screenshot(page, "analyst-person");
    });

    test("opens a sector with the agreements that cover it", async () => {
      const { sector } = await api.data(
        `{ sector(id: "semiconductors") { name agreements(first: 5) { totalCount edges { node { title } } } } }`,
      );
      await open(page, api.url, "?id=semiconductors");
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe(sector.name);
      expect(sector.agreements.totalCount).toBeGreaterThan(0);
      await page.getByTestId("agreements").getByText(sector.agreements.edges[0].node.title).first().waitFor();
      await screenshot(page, "analyst-sector");
    });

    test("opens a disputed place from the search box, with its marker, its note and what was signed there", async () => {
      const { place } = await api.data(`{ place(id: "jerusalem") { name disputed country { id } } }`);
      expect(place.disputed).toBe(true);
      expect(place.country).toBeNull();
      await open(page, api.url, "");
      const input = page.getByTestId("search-main");
      await input.fill("Jerusalem");
      const listId = await input.getAttribute("aria-controls");
      await page.locator(`#${listId} [role="option"][data-id="jerusalem"]`).click();
      await page.waitForURL((url) => url.searchParams.get("id") === "jerusalem");
      await settled(page);
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe(place.name);
      await expect(page.getByTestId("details").getByTestId("disputed").first().isVisible()).resolves.toBe(true);
      await expect(page.getByTestId("place-note").isVisible()).resolves.toBe(true);
      await expect(page.getByTestId("place-agreements").locator("a.entity-link").count()).resolves.toBeGreaterThan(0);
      await screenshot(page, "analyst-place");
    });

    test("asked no host other than the server, and threw no error", () => {
      const hosts = new Set(browser.requests.filter((u) => /^(https?|wss?):/.test(u)).map((u) => new URL(u).hostname));
      expect([...hosts].filter((h) => h !== "127.0.0.1" && h !== "localhost")).toEqual([]);
      expect(browser.requests.filter((u) => !/^(https?|wss?|data|blob):/.test(u))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
  });
}
