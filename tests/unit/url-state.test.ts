import fc from "fast-check";
import { DEFAULT_DEPTH, formatState, parseState, type ViewState } from "../../web/explorer/url-state";

describe("The Explorer's state in the URL", () => {
  it("reads a shared link back to the same view", () => {
    const search =
      "?id=us-israel-ai-declaration-2026&depth=2&sector=semiconductors&asOf=2026-02-01&from=IL&to=JP&tab=path";
    expect(formatState(parseState(search))).toBe(search);
    const analyst = "?id=pax-silica&asOf=2026-02-01&tab=timeline&hubs=1&colour=bloc&view=map&compare=2025-12-31";
    expect(formatState(parseState(analyst))).toBe(analyst);
  });

  it("falls back to the defaults for anything missing or malformed", () => {
    expect(
      formatState(
        parseState("?depth=9&asOf=2026-02-30&tab=nope&id=%3Cscript%3E&colour=red&view=globe&compare=soon&hubs=yes"),
      ),
    ).toBe("");
    expect(parseState("?depth=9").depth).toBe(DEFAULT_DEPTH);
    expect(formatState(parseState(""))).toBe("");
  });

  it("round-trips every valid state (property)", () => {
    const idArb = fc.stringMatching(/^[a-z0-9-]{1,30}$/);
    const state = fc.record({
      id: fc.option(idArb, { nil: undefined }),
      depth: fc.integer({ min: 1, max: 3 }),
      sector: fc.option(idArb, { nil: undefined }),
      asOf: fc.option(fc.constantFrom("2026-01-16", "2025-12-12"), { nil: undefined }),
      from: fc.option(idArb, { nil: undefined }),
      to: fc.option(idArb, { nil: undefined }),
      tab: fc.constantFrom("details" as const, "path" as const, "timeline" as const),
      hubs: fc.boolean(),
      colour: fc.constantFrom("type" as const, "region" as const, "bloc" as const),
      view: fc.constantFrom("graph" as const, "map" as const),
      compare: fc.option(fc.constantFrom("2025-06-01", "2024-01-31"), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (s: ViewState) => expect(formatState(parseState(formatState(s)))).toBe(formatState(s))),
    );
  });
});
