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

    test("asked no host other than the server, and threw no error", () => {
      const hosts = new Set(browser.requests.filter((u) => /^(https?|wss?):/.test(u)).map((u) => new URL(u).hostname));
      expect([...hosts].filter((h) => h !== "127.0.0.1" && h !== "localhost")).toEqual([]);
      expect(browser.requests.filter((u) => !/^(https?|wss?|data|blob):/.test(u))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
  });
}
