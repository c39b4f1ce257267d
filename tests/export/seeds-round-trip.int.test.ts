import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { graphChecksum } from "../../src/backup/graph-checksum";
import { applySchema } from "../../src/db/apply-schema";
import { writeSeedExport } from "../../src/export/write-seeds";
import { DEFAULT_SEED_DIR, seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { startTestApi } from "../support/api-client";
import { connectTest, startThrowawayNeo4j, TEST_EDITOR_KEY } from "../support/test-neo4j";

const AS_EDITOR = { authorization: `Bearer ${TEST_EDITOR_KEY}` };
const CURATED_SOURCE = "israel-magazine-us-israel-ai-2026";
const CURATED_AGREEMENT = "pax-silica-declaration-2025";

describe("API edits exported as seed files", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-seeds-"));

  beforeAll(async () => {
    api = await startTestApi();
    const edit = async (query: string, input: object) => {
      const res = await api.query(query, { input }, AS_EDITOR);
      expect(res.body.errors).toBeUndefined();
    };
    const UPSERT_SOURCE = `mutation($input: SourceInput!) { upsertSource(input: $input) { source { id } } }`;
    // A new record, an edit to a curated one, and a fact added to a curated agreement.
    await edit(UPSERT_SOURCE, {
      id: "round-trip-source",
      title: "A source added through the API",
      url: "https://example.org/round-trip",
      publishedOn: "2026-11",
    });
    await edit(UPSERT_SOURCE, {
      id: CURATED_SOURCE,
      title: "Israel Magazine (title corrected by an editor)",
      language: "fr",
    });
    await edit(`mutation($input: ActInput!) { addAct(input: $input) { agreement { id } } }`, {
      agreement: CURATED_AGREEMENT,
      party: "FR",
      act: "ENDORSED",
      date: "2026-11",
      sources: ["round-trip-source"],
    });
  });

  afterAll(async () => {
    await api.gateway.write("admin/erase-edits");
    await seedDatabase(api.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes new records as records, edits to curated ones as overrides, and the audit trail", async () => {
    const report = await writeSeedExport(api.gateway, dir);
    expect(report).toMatchObject({ records: 3, overrides: 2, auditEntries: 3, withoutSeedForm: 0 });
    const sources = parse(fs.readFileSync(path.join(dir, "sources.yaml"), "utf8")).sources;
    expect(sources).toContainEqual(expect.objectContaining({ id: "round-trip-source", publishedOn: "2026-11" }));
    expect(sources).toContainEqual(expect.objectContaining({ id: CURATED_SOURCE, override: "replace" }));
    const agreements = parse(fs.readFileSync(path.join(dir, "agreements.yaml"), "utf8")).agreements;
    expect(agreements).toEqual([
      { override: "add", id: CURATED_AGREEMENT, acts: [expect.objectContaining({ party: "FR", act: "endorsed" })] },
    ]);
    const trail = JSON.parse(fs.readFileSync(path.join(dir, "audit-trail.json"), "utf8"));
    expect(trail.map((e: { action: string }) => e.action)).toEqual(["upsertSource", "upsertSource", "addAct"]);
  });

  it("loads with the curated seeds into an empty database as the same graph", async () => {
    const target = await startThrowawayNeo4j();
    const db = connectTest(target.uri);
    try {
      await applySchema(db.gateway, db.catalog);
      const validation = validateSeed([DEFAULT_SEED_DIR, dir]);
      expect(validation.problems).toEqual([]);
      await seedDatabase(db.gateway, validation);
      expect(await graphChecksum(db.gateway)).toBe(await graphChecksum(api.gateway));
    } finally {
      await db.driver.close();
      await target.stop();
    }
  }, 300_000);

  it("refuses an override of a record that does not exist, naming it", () => {
    const stray = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-stray-"));
    fs.writeFileSync(
      path.join(stray, "sources.yaml"),
      "sources:\n  - override: replace\n    id: no-such-source\n    title: x\n",
    );
    const validation = validateSeed([DEFAULT_SEED_DIR, stray]);
    fs.rmSync(stray, { recursive: true, force: true });
    expect(validation.problems).toContainEqual(
      expect.objectContaining({
        field: expect.stringContaining("override"),
        message: expect.stringMatching(/no-such-source/),
      }),
    );
  });
});
