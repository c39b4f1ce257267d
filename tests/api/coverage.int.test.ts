import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { parsePartialDate } from "../../src/records/partial-date";
import { startTestApi } from "../support/api-client";

/**
 * Each curator named well-known members of their groupings with their own dates, from what the
 * grouping is known for (tests/coverage/*.yaml). The loaded graph must answer each through the
 * API, with that date and its precision: a check on the load and the API, not a copy of the files.
 */
interface Expectation {
  hub: string;
  party: string;
  date: string;
}
const DIR = path.join(__dirname, "../coverage");
const expectations = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .flatMap((file) =>
    (parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Expectation[]).map(
      (e) => [file.replace(/\.yaml$/, ""), e.hub, e.party, e.date] as const,
    ),
  );

describe("Coverage: well-known members and their own dates", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());

  it("has at least three expectations for every grouping file", () => {
    expect(expectations.length).toBeGreaterThanOrEqual(3 * fs.readdirSync(DIR).length);
  });

  it.each(expectations)("%s: %s has %s, dated %s", async (_file, hub, party, date) => {
    const expected = parsePartialDate(date)!;
    const res = await api.query(
      `query($p: ID!, $in: ID!, $asOf: Date) { participation(party: $p, in: $in, asOf: $asOf) {
        status acts { act date datePrecision } memberships { since sincePrecision } } }`,
      { p: party, in: hub, asOf: expected.date },
    );
    expect(res.body.errors).toBeUndefined();
    const { status, acts, memberships } = res.body.data.participation;
    const dates = [
      ...acts.map((a: { date: string; datePrecision: string }) => ({ date: a.date, precision: a.datePrecision })),
      ...memberships.map((m: { since: string; sincePrecision: string }) => ({
        date: m.since,
        precision: m.sincePrecision,
      })),
    ];
    expect(dates).toContainEqual(expected);
    expect(status).toBe("PARTY");
  });
});
