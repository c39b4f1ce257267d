/**
 * The Explorer for analysts (issue 19), end to end in Debian's Chromium over the test Neo4j:
 * a side panel that never overflows, partial lists marked, every kind of entity, readable
 * networks, time, the map, exports and accessibility. Screenshots go to
 * tests/artifacts/explorer-analyst-*.png.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
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

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

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

    test("draws depth 2 around Pax Silica as party links, with labels that never overlap", async () => {
      await open(page, api.url, `?id=${PAX_SILICA}&depth=2`);
      const raw = await api.data(`{ network(center: "${PAX_SILICA}", depth: 2) { nodes { type } } }`);
      const hubs = raw.network.nodes.filter((n: any) => n.type === "AGREEMENT" || n.type === "INITIATIVE").length;
      const drawn: Array<{ id: string; type: string }> = await page.evaluate(() =>
        (window as any).allianceExplorer.nodes(),
      );
      // Folded: only the centre hub is drawn, and every other node is a party.
      expect(drawn.length).toBe(raw.network.nodes.length - hubs + 1);
      expect(drawn.filter((n) => n.type === "AGREEMENT" || n.type === "INITIATIVE").map((n) => n.id)).toEqual([
        PAX_SILICA,
      ]);
      const boxes: Array<{ id: string; x1: number; y1: number; x2: number; y2: number }> = await page.evaluate(() =>
        (window as any).allianceExplorer.labelBoxes(),
      );
      expect(boxes.map((b) => b.id)).toContain(PAX_SILICA);
      expect(boxes.length).toBeGreaterThan(10);
      const overlapping: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(`${a.id} / ${b.id}`);
        }
      expect(overlapping).toEqual([]);
      // Labels are readable: at least 12 px tall on screen.
      expect(Math.min(...boxes.map((b) => b.y2 - b.y1))).toBeGreaterThanOrEqual(12);
      await screenshot(page, "analyst-pax-silica-depth-2");
    });

    test("hovering a party link names what the two parties share", async () => {
      const at = await page.evaluate(() => (window as any).allianceExplorer.partyLinkMidpoint());
      expect(at).not.toBeNull();
      await page.mouse.move(at.x, at.y);
      const tooltip = page.locator(".graph-tooltip");
      await tooltip.waitFor({ state: "visible" });
      await expect(tooltip.textContent()).resolves.toMatch(/\d+ shared: /);
      await page.mouse.move(5, 5);
    });

    test("the hubs toggle draws the agreements and initiatives themselves, and stays in the URL", async () => {
      await page.getByTestId("hubs").check();
      await page.waitForURL((url) => url.searchParams.get("hubs") === "1");
      await settled(page);
      const drawn: Array<{ type: string }> = await page.evaluate(() => (window as any).allianceExplorer.nodes());
      expect(drawn.filter((n) => n.type === "AGREEMENT").length).toBeGreaterThan(0);
      await screenshot(page, "analyst-pax-silica-hubs");
      await page.getByTestId("hubs").uncheck();
      await page.waitForURL((url) => !url.searchParams.has("hubs"));
    });

    test("colours parties by region or by bloc, with a legend of the groups", async () => {
      await page.getByTestId("colour").selectOption("region");
      await page.waitForURL((url) => url.searchParams.get("colour") === "region");
      await settled(page);
      const regions = await page.getByTestId("legend-groups").locator("li").allTextContents();
      expect(regions).toEqual(expect.arrayContaining(["Asia", "Europe", "Americas"]));
      await screenshot(page, "analyst-colour-region");
      await page.getByTestId("colour").selectOption("bloc");
      await page.waitForURL((url) => url.searchParams.get("colour") === "bloc");
      await page.getByTestId("legend-groups").getByText("Bloc 1", { exact: true }).waitFor();
      await screenshot(page, "analyst-colour-bloc");
      await page.getByTestId("colour").selectOption("type");
    });

    test("the as-of slider steps through Pax Silica's dated events, and the day goes in the URL", async () => {
      const { timeline } = await api.data(`{ timeline(initiative: "${PAX_SILICA}", first: 100) { date } }`);
      const days = [...new Set(timeline.map((e: { date: string }) => e.date))].sort() as string[];
      expect(days.length).toBeGreaterThan(1);
      await open(page, api.url, `?id=${PAX_SILICA}`);
      const slider = page.getByTestId("day");
      await page.waitForFunction(() => !document.querySelector<HTMLInputElement>("#day")!.disabled);
      await expect(slider.getAttribute("max")).resolves.toBe(String(days.length));
      const today = (await page.evaluate(() => (window as any).allianceExplorer.nodes())).length;
      await slider.focus();
      await page.keyboard.press("Home");
      await page.waitForURL((url) => url.searchParams.get("asOf") === days[0]);
      await settled(page);
      const first = (await page.evaluate(() => (window as any).allianceExplorer.nodes())).length;
      expect(first).toBeLessThan(today);
      await expect(page.getByTestId("day-label").textContent()).resolves.toContain("As of");
      await screenshot(page, "analyst-slider-first-day");
    });

    test("Play animates the growth day by day, and Pause stops it", async () => {
      await page.getByTestId("play").click();
      await expect(page.getByTestId("play").getAttribute("aria-pressed")).resolves.toBe("true");
      const seen = new Set<string>();
      for (let i = 0; i < 200 && seen.size < 3; i++) {
        seen.add(params(page).get("asOf") ?? "today");
        await page.waitForTimeout(100);
      }
      expect(seen.size).toBeGreaterThanOrEqual(3);
      await page.getByTestId("play").click();
      await expect(page.getByTestId("play").getAttribute("aria-pressed")).resolves.toBe("false");
      await settled(page);
      await screenshot(page, "analyst-play");
    });

    test("the Timeline tab puts the events on an axis, and an event sets the day", async () => {
      const { timeline } = await api.data(`{ timeline(initiative: "${PAX_SILICA}", first: 100) { date } }`);
      await open(page, api.url, `?id=${PAX_SILICA}&tab=timeline`);
      const panel = page.getByTestId("timeline-panel");
      await panel.locator("svg circle").first().waitFor();
      await expect(panel.locator("svg circle").count()).resolves.toBe(timeline.length);
      await expect(panel.getByTestId("timeline-events").locator("li").count()).resolves.toBe(timeline.length);
      await panel.getByTestId("timeline-pick").first().click();
      await page.waitForURL((url) => url.searchParams.get("asOf") === timeline[0].date);
      await expect(params(page).get("tab")).toBe("timeline");
      await settled(page);
      await screenshot(page, "analyst-timeline");
    });

    test("compare two dates marks the members gained since the earlier day", async () => {
      const before = "2025-12-31";
      const data = await api.data(
        `{ initiative(id: "${PAX_SILICA}") { then: members(asOf: "${before}") { party { id } } now: members { party { id } } } }`,
      );
      const then = new Set(data.initiative.then.map((m: any) => m.party.id));
      const joined = data.initiative.now.map((m: any) => m.party.id).filter((id: string) => !then.has(id));
      expect(joined.length).toBeGreaterThan(0);
      await open(page, api.url, `?id=${PAX_SILICA}&compare=${before}`);
      await expect(page.getByTestId("compare").inputValue()).resolves.toBe(before);
      const { gained } = await page.evaluate(() => (window as any).allianceExplorer.changes());
      const gainedParties = new Set(gained.map((id: string) => id.slice(2).split(">")[0]));
      expect([...new Set(joined)].sort()).toEqual(expect.arrayContaining([...gainedParties].sort()));
      expect([...gainedParties].sort()).toEqual(expect.arrayContaining([...new Set(joined)].sort()));
      await expect(page.locator("#graph-status").textContent()).resolves.toMatch(/link(s)? gained/);
      await screenshot(page, "analyst-compare");
    });

    test("the map shades Pax Silica's members, lists the EU beside it, and a click selects a country", async () => {
      const { initiative } = await api.data(
        `{ initiative(id: "${PAX_SILICA}") { members { party { __typename id } } } }`,
      );
      const countries = initiative.members
        .filter((m: any) => m.party.__typename === "Country")
        .map((m: any) => m.party.id);
      const organizations = initiative.members
        .filter((m: any) => m.party.__typename === "Organization")
        .map((m: any) => m.party.id);
      await open(page, api.url, `?id=${PAX_SILICA}`);
      await page.getByTestId("view-map").click();
      await page.waitForURL((url) => url.searchParams.get("view") === "map");
      await settled(page);
      const shaded: string[] = await page.evaluate(() => (window as any).allianceExplorer.shaded());
      // Singapore is in the 1:50m atlas (not in the 1:110m one).
      expect(countries).toContain("SG");
      expect([...new Set(shaded)].sort()).toEqual([...new Set(countries)].sort());
      const undrawn = page.getByTestId("map-undrawn");
      for (const id of organizations) await undrawn.locator(`a[data-entity-id="${id}"]`).waitFor();
      await expect(undrawn.textContent()).resolves.toContain("European Union");
      await screenshot(page, "analyst-map-pax-silica");

      await page.reload();
      await settled(page);
      await expect(page.getByTestId("map").isVisible()).resolves.toBe(true);
      await page.locator('[data-testid="map"] path.country[data-id="JP"]').click();
      await page.waitForURL((url) => url.searchParams.get("id") === "JP");
      await settled(page);
      await expect(page.getByTestId("entity-title").textContent()).resolves.toBe("Japan");
      await expect(page.locator('[data-testid="map"] path.country.center[data-id="JP"]').count()).resolves.toBe(1);
      await screenshot(page, "analyst-map-japan");
      await page.getByTestId("view-graph").click();
      await page.waitForURL((url) => !url.searchParams.has("view"));
    });

    test("the map says so when nothing is selected", async () => {
      await open(page, api.url, "?view=map");
      await expect(page.getByTestId("map").getAttribute("data-state")).resolves.toBe("empty");
      await expect(page.getByTestId("map").textContent()).resolves.toContain("Search for an initiative");
    });

    test("Cite copies the panel's sources with the dataset's release and version", async () => {
      const { agreement, meta } = await api.data(
        `{ agreement(id: "${DECLARATION}") { title sources { title } } meta { datasetVersion release { version } } }`,
      );
      await browser.context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await open(page, api.url, `?id=${DECLARATION}`);
      await page.getByTestId("cite").click();
      const citation = page.getByTestId("citation");
      await citation.waitFor();
      const text = (await citation.textContent())!;
      expect(text).toContain(agreement.title);
      expect(text).toContain(meta.datasetVersion);
      expect(text).toContain(meta.release.version);
      for (const source of agreement.sources) expect(text).toContain(source.title);
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(text);
      await screenshot(page, "analyst-cite");
    });

    test("the download menu gives the view as PNG, and the server's CSV and GraphML of the same subgraph", async () => {
      await open(page, api.url, `?id=${PAX_SILICA}&asOf=2026-02-01`);
      await page.getByTestId("export-menu").locator("summary").click();
      await screenshot(page, "analyst-export-menu");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
      expect(download.suggestedFilename()).toBe(`alliance-graph-${PAX_SILICA}-2026-02-01.png`);
      const png = fs.readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString()).toBe("PNG");

      const csvHref = await page.getByTestId("export-csv").getAttribute("href");
      expect(csvHref).toBe(`export/network.csv?center=${PAX_SILICA}&depth=1&asOf=2026-02-01`);
      const csv = await page.request.get(`${api.url}/${csvHref}`);
      expect(csv.status()).toBe(200);
      expect((await csv.text()).split("\n")[0]).toMatch(/^id,source,target/);
      const graphml = await page.request.get(
        `${api.url}/${await page.getByTestId("export-graphml").getAttribute("href")}`,
      );
      expect(graphml.status()).toBe(200);
      expect(await graphml.text()).toContain("<graphml");
      await page.keyboard.press("Escape");
    });

    test.each([
      ["the start page", ""],
      ["the declaration", `?id=${DECLARATION}`],
      ["Pax Silica at depth 2, by bloc", `?id=${PAX_SILICA}&depth=2&colour=bloc`],
      ["the map", `?id=${PAX_SILICA}&view=map`],
      ["the timeline", `?id=US&tab=timeline`],
      ["a disputed place", "?id=jerusalem"],
    ])("axe-core finds no serious accessibility violation on %s", async (_name, query) => {
      await open(page, api.url, query);
      const result = await new AxeBuilder({ page }).analyze();
      const serious = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 4)
              .join(", ")})`,
        );
      expect(serious).toEqual([]);
    });

    test("search, tabs and panel work from the keyboard, with a visible focus", async () => {
      await open(page, api.url, `?id=${PAX_SILICA}`);
      await page.getByRole("tab", { name: "Details" }).focus();
      await page.keyboard.press("End");
      await expect(page.getByRole("tab", { name: "Timeline" }).getAttribute("aria-selected")).resolves.toBe("true");
      await page.waitForURL((url) => url.searchParams.get("tab") === "timeline");
      await page.keyboard.press("ArrowLeft");
      await expect(page.getByRole("tab", { name: "Path finder" }).getAttribute("aria-selected")).resolves.toBe("true");
      await page.keyboard.press("Home");
      await expect(page.getByRole("tab", { name: "Details" }).getAttribute("aria-selected")).resolves.toBe("true");
      // Tab moves into the panel, onto its first link, which shows a visible focus ring.
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          inPanel: Boolean(el.closest("#panel")),
          ring: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none",
        };
      });
      expect(focus).toEqual({ inPanel: true, ring: true });
      await screenshot(page, "analyst-keyboard-focus");
      // Enter on a member link opens it, and focus moves to the new panel's title.
      await page.keyboard.press("Shift+Tab");
      await page.locator('#panel-details a.entity-link[data-entity-type="COUNTRY"]').first().focus();
      const target = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.entityId);
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.searchParams.get("id") === target);
      await settled(page);
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe(
        "entity-title",
      );
    });

    test("the map and the timeline show their own error, and recover with Retry", async () => {
      await page.route("**/graphql", (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({
            data: null,
            errors: [{ message: "Neo4j is not reachable.", extensions: { code: "UNAVAILABLE" } }],
          }),
        }),
      );
      await open(page, api.url, `?id=${PAX_SILICA}&view=map&tab=timeline`);
      await expect(page.getByTestId("map").getAttribute("data-state")).resolves.toBe("error");
      await expect(page.getByTestId("map").getByRole("alert").textContent()).resolves.toContain("UNAVAILABLE");
      await expect(page.getByTestId("timeline-panel").getAttribute("data-state")).resolves.toBe("error");
      await expect(page.getByTestId("timeline-panel").getByRole("alert").isVisible()).resolves.toBe(true);
      await screenshot(page, "analyst-errors");
      await page.unroute("**/graphql");
      await page.getByTestId("retry-all").click();
      await settled(page);
      await expect(page.getByTestId("map").getAttribute("data-state")).resolves.toBe("ready");
    });

    test("asked no host other than the server, and threw no error", () => {
      const hosts = new Set(browser.requests.filter((u) => /^(https?|wss?):/.test(u)).map((u) => new URL(u).hostname));
      expect([...hosts].filter((h) => h !== "127.0.0.1" && h !== "localhost")).toEqual([]);
      expect(browser.requests.filter((u) => !/^(https?|wss?|data|blob):/.test(u))).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
  });
}
