import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { graphChecksum } from "../../src/backup/graph-checksum";
import { buildGraphRows } from "../../src/records/graph-rows";
import { loadGraph } from "../../src/seed/load-graph";
import { DEFAULT_SEED_DIR, seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { connectTest } from "../support/test-neo4j";

describe("Loading the curated seeds into Neo4j", () => {
  const { driver, gateway } = connectTest();
  afterAll(() => driver.close());

  const checksum = () => graphChecksum(gateway);

  it("changes nothing on a second load", async () => {
    const validation = validateSeed([DEFAULT_SEED_DIR]);
    await seedDatabase(gateway, validation, { force: true });
    const before = await checksum();
    const outcome = await seedDatabase(gateway, validation, { force: true });
    expect(outcome.report).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(outcome.report!.unchanged).toBe(outcome.report!.nodes + outcome.report!.relationships);
    expect(await checksum()).toBe(before);
  });

  it("leaves the previous graph intact when a late write batch fails", async () => {
    const before = await checksum();
    const validation = validateSeed([DEFAULT_SEED_DIR]);
    const rows = buildGraphRows(validation.dataset!);
    // A changed dataset: every node gets a new property, so every batch has something to write.
    const changed = { ...rows, nodes: rows.nodes.map((n) => ({ ...n, props: { ...n.props, note: "half-written" } })) };
    let batches = 0;
    await expect(
      loadGraph(gateway, changed, {
        checksum: "broken",
        files: [],
        batchSize: 50,
        onBatch: (p) => {
          batches++;
          if (p.done >= 250) throw new Error("injected failure in a late batch");
        },
      }),
    ).rejects.toThrow("injected failure");
    expect(batches).toBeGreaterThan(3);
    expect(await checksum()).toBe(before);
  });

  it("gives every relationship and node sources that exist", async () => {
    const [row] = await gateway.read("admin/unsourced-facts");
    expect(row).toEqual({ nodesWithout: 0, relationshipsWithout: 0, unknownSources: [] });
  });

  it("keeps, for each sector of the declaration, exactly the sources the seed file names", async () => {
    const file = parse(fs.readFileSync(path.join(DEFAULT_SEED_DIR, "agreements.yaml"), "utf8"));
    const declaration = file.agreements.find((a: { id: string }) => a.id === "us-israel-ai-declaration-2026");
    const links = await gateway.read("read/outgoing-links", { ids: ["us-israel-ai-declaration-2026"], type: "COVERS" });
    const stored = Object.fromEntries(links.map((l: any) => [l.props.id, [...l.rel.sources].sort()]));
    const expected = Object.fromEntries(declaration.sectors.map((s: any) => [s.sector, [...s.sources].sort()]));
    expect(stored).toEqual(expected);
  });

  it("holds every fact of the founding article, with the article as a source", async () => {
    const article = "israel-magazine-us-israel-ai-2026";
    const facts = await gateway.read("admin/facts-citing", { source: article });
    const stated = new Set(facts.map((f) => `${f.from}-${f.type}->${f.to}`));
    for (const fact of [
      "IL-ACTED_ON->us-israel-ai-declaration-2026",
      "US-ACTED_ON->us-israel-ai-declaration-2026",
      "erez-eskel-SIGNED->us-israel-ai-declaration-2026",
      "jacob-helberg-SIGNED->us-israel-ai-declaration-2026",
      "gideon-saar-ATTENDED->us-israel-ai-declaration-2026",
      "mike-huckabee-ATTENDED->us-israel-ai-declaration-2026",
      "us-israel-ai-declaration-2026-SIGNED_AT->city-of-david",
      "IL-MEMBER_OF->pax-silica",
      ...[
        "artificial-intelligence",
        "machine-learning",
        "high-performance-computing",
        "quantum",
        "robotics",
        "space-exploration",
        "semiconductors",
        "energy-storage",
      ].map((s) => `us-israel-ai-declaration-2026-COVERS->${s}`),
    ]) {
      expect(stated).toContain(fact);
    }
    const statements = facts
      .filter((f) => f.type === "MADE")
      .map((f) => f.from)
      .sort();
    expect(statements).toEqual(expect.arrayContaining(["benjamin-netanyahu", "gideon-saar", "jacob-helberg"]));
    const commitments = facts.filter((f) => f.type === "HAS_COMMITMENT");
    expect(commitments.length).toBeGreaterThanOrEqual(4);
  });
});
