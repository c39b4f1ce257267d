import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readBackupFile } from "../../src/backup/backup-file";
import { graphChecksum } from "../../src/backup/graph-checksum";
import { census } from "../../src/backup/read-graph";
import { writeBackup } from "../../src/backup/write-backup";
import { DEFAULT_SEED_DIR, seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { projectRoot } from "../../src/shared/project-root";
import { startTestApi } from "../support/api-client";
import { connectTest, startThrowawayNeo4j, TEST_EDITOR_KEY } from "../support/test-neo4j";

const AS_EDITOR = { authorization: `Bearer ${TEST_EDITOR_KEY}` };

/** Runs `npm run restore` against `uri`; `killAfter` SIGKILLs it once it reports that batch. */
function runRestore(uri: string, args: string[], killAfter?: number) {
  return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) => {
    // tsx's own CLI would run the restore in a grandchild that a kill misses: load it in this process.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, "src/backup/restore-cli.ts"), ...args],
      {
        env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfter !== undefined && output.includes(`restore: batch ${killAfter}/`)) child.kill("SIGKILL");
    };
    child.stdout.on("data", listen);
    child.stderr.on("data", listen);
    child.on("close", (code, signal) => resolve({ code, signal, output }));
  });
}

describe("Backup and restore", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let target: Awaited<ReturnType<typeof startThrowawayNeo4j>>;
  let targetDb: ReturnType<typeof connectTest>;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-backup-"));
  const file = path.join(folder, "graph.jsonl");

  beforeAll(async () => {
    api = await startTestApi();
    target = await startThrowawayNeo4j();
    targetDb = connectTest(target.uri);
    // Edits and their audit entries must travel too.
    const source = await api.query(
      `mutation { upsertSource(input: { id: "backup-test-source", title: "A source written by the backup test", publishedOn: "2026-11", url: "https://example.org/backup" }) { source { id } } }`,
      {},
      AS_EDITOR,
    );
    expect(source.body.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await api.gateway.write("admin/erase-edits");
    await seedDatabase(api.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    await api.stop();
    await targetDb.driver.close();
    await target.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("writes every node, relationship and audit entry, with a checksum of the graph", async () => {
    const end = await writeBackup(api.gateway, file);
    const count = await census(api.gateway);
    expect(end).toMatchObject({
      nodes: count.records + count.metas + count.auditEntries + count.changes,
      relationships: count.relationships,
      auditEntries: count.auditEntries,
    });
    expect(end.auditEntries).toBeGreaterThan(0);
    expect(end.graphChecksum).toBe(await graphChecksum(api.gateway));
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it("refuses a damaged file before writing anything", async () => {
    const damaged = path.join(folder, "damaged.jsonl");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    lines[5] = lines[5].replace(/"id":"/, '"id":"x');
    fs.writeFileSync(damaged, lines.join("\n"));
    await expect(readBackupFile(damaged)).rejects.toThrow(/does not match its own digest/);
    const cut = path.join(folder, "cut.jsonl");
    fs.writeFileSync(cut, lines.slice(0, 20).join("\n"));
    await expect(readBackupFile(cut)).rejects.toThrow(/cut short/);
    const result = await runRestore(target.uri, [damaged]);
    expect(result.code).toBe(2);
    expect((await census(targetDb.gateway)).records).toBe(0);
  }, 120_000);

  it("restores into a fresh Neo4j, killed midway and run again, to the same checksum", async () => {
    const killed = await runRestore(target.uri, [file, "--batch-size", "200"], 3);
    expect(killed.signal).toBe("SIGKILL");
    const partial = await census(targetDb.gateway);
    expect(partial.restoring).toBe(1);
    expect(partial.records).toBeGreaterThan(0);

    const rerun = await runRestore(target.uri, [file, "--batch-size", "200"]);
    expect(rerun.output).toMatch(/Resuming the restore of .* from batch [4-9]/);
    expect(rerun.code).toBe(0);

    expect(await graphChecksum(targetDb.gateway)).toBe(await graphChecksum(api.gateway));
    const [restored, original] = [await census(targetDb.gateway), await census(api.gateway)];
    expect(restored).toEqual({ ...original, restoring: 0 });
  }, 300_000);

  it("refuses a database that is not empty unless told --replace --yes", async () => {
    const refused = await runRestore(target.uri, [file]);
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(/not empty.*--replace --yes/);
    const halfAsked = await runRestore(target.uri, [file, "--replace"]);
    expect(halfAsked.code).toBe(2);

    const replaced = await runRestore(target.uri, [file, "--replace", "--yes"]);
    expect(replaced.code).toBe(0);
    expect(await graphChecksum(targetDb.gateway)).toBe(await graphChecksum(api.gateway));
  }, 300_000);
});
