import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateSynthetic } from "../../bench/synthetic";
import { bulkLoad, BulkLoadError } from "../../src/seed/bulk-load";
import { connectTest } from "../support/test-neo4j";

/**
 * The streaming bulk path on a tiny synthetic graph (bench/synthetic.ts at scale 0.01): a load
 * killed part-way resumes to exactly what a clean load writes. Everything it writes carries
 * origin 'bulk' and is erased again, so the other tests see only the curated graph.
 */
describe("Bulk loading", () => {
  const { driver, gateway } = connectTest();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-load-"));
  const BATCH = 100;

  beforeAll(() => {
    generateSynthetic(path.join(dir, "scale"), { scale: 0.01, seed: 7 });
  });
  afterAll(async () => {
    await gateway.write("seed/bulk-erase");
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => gateway.write("seed/bulk-erase"));

  interface Fingerprint {
    nodes: number;
    nodeIds: number;
    nodeHash: string;
    relationships: number;
    relationshipKeys: number;
    relationshipHash: string;
  }
  const fingerprint = async () => (await gateway.read("seed/bulk-fingerprint"))[0] as unknown as Fingerprint;

  it("generates the same files from the same seed", () => {
    const again = path.join(dir, "again");
    generateSynthetic(again, { scale: 0.01, seed: 7 });
    const hashes = (folder: string) =>
      fs
        .readdirSync(folder)
        .sort()
        .map(
          (f) =>
            `${f}:${crypto
              .createHash("sha256")
              .update(fs.readFileSync(path.join(folder, f)))
              .digest("hex")}`,
        );
    expect(hashes(again)).toEqual(hashes(path.join(dir, "scale")));
  });

  it("resumes a load stopped after a few batches, with nothing missing and nothing duplicated", async () => {
    const clean = await bulkLoad(gateway, [path.join(dir, "scale")], { batchSize: BATCH });
    const expected = await fingerprint();
    expect(expected.nodes).toBe(clean.nodes);
    expect(expected.relationships).toBe(clean.relationships);
    expect(clean.batchesWritten).toBeGreaterThan(10);
    await gateway.write("seed/bulk-erase");
    expect((await fingerprint()).nodes).toBe(0);

    // A kill after 7 committed batches: the failure comes after the 7th commit.
    let batches = 0;
    await expect(
      bulkLoad(gateway, [path.join(dir, "scale")], {
        batchSize: BATCH,
        onBatch: () => {
          if (++batches === 7) throw new Error("injected failure: the loader dies here");
        },
      }),
    ).rejects.toThrow("injected failure");
    const partial = await fingerprint();
    expect(partial.nodes + partial.relationships).toBeGreaterThan(0);
    expect(partial.nodes + partial.relationships).toBeLessThan(expected.nodes + expected.relationships);

    const resumed = await bulkLoad(gateway, [path.join(dir, "scale")], { batchSize: BATCH });
    expect(resumed.batchesSkipped).toBe(7);
    expect(resumed.batchesWritten).toBe(clean.batchesWritten - 7);
    const after = await fingerprint();
    expect(after).toEqual(expected);
    expect(after.nodeIds).toBe(after.nodes);
    expect(after.relationshipKeys).toBe(after.relationships);

    // A third run finds every batch done and changes nothing.
    const third = await bulkLoad(gateway, [path.join(dir, "scale")], { batchSize: BATCH });
    expect(third.batchesWritten).toBe(0);
    expect(await fingerprint()).toEqual(expected);
  });

  it("rejects a file that refers to an id no earlier file defines, before writing any of it", async () => {
    const bad = path.join(dir, "bad");
    fs.mkdirSync(bad);
    fs.writeFileSync(
      path.join(bad, "0001-sources.yaml"),
      "sources:\n  - id: bench-src\n    title: A synthetic source\n",
    );
    fs.writeFileSync(
      path.join(bad, "0002-people.yaml"),
      "people:\n  - id: bench-someone\n    name: Someone\n    positions:\n      - title: Minister\n        organization: bench-no-such-org\n        sources: [bench-src]\n    sources: [bench-src]\n",
    );
    const error = await bulkLoad(gateway, [bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkLoadError);
    expect((error as BulkLoadError).problems).toEqual([
      expect.objectContaining({
        line: 6,
        field: "people[0].positions[0].organization",
        message: expect.stringContaining('unknown organization id "bench-no-such-org"'),
      }),
    ]);
    const written = await fingerprint();
    expect(written.nodes).toBe(1);
  });
});
