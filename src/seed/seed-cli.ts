import "reflect-metadata";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { readConfig } from "../config";
import { applySchema } from "../db/apply-schema";
import { bumpRevision } from "../db/bump-revision";
import { openDatabase, type Database } from "../db/open-database";
import { StartupError } from "../shared/errors";
import type { LoadProgress } from "./load-graph";
import { formatProblem } from "../records/problem";
import { DEFAULT_SEED_DIR, formatReport, seedDatabase } from "./seed-database";
import { validateSeed } from "./validate-seed";

const USAGE = `Usage: npm run seed -- [options] [file-or-folder ...]
  Validates the seed files (default: seeds/) and loads them into Neo4j in one transaction.
  --dry-run     validate only; write nothing
  --reset       erase the whole graph first, edits made through the API included (needs --yes)
  --yes         confirm --reset
  --force       load even if the graph already holds these exact files
  -h, --help    this help`;

interface CliOptions {
  paths: string[];
  dryRun: boolean;
  reset: boolean;
  yes: boolean;
  force: boolean;
}

const OPTIONS = {
  "dry-run": { type: "boolean", default: false },
  reset: { type: "boolean", default: false },
  yes: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const parse = (args: string[]) => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });

/** node:util's parseArgs, strict; its errors become one StartupError line naming the flag and what would work. */
function readOptions(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-[^' =]+)/.exec(message)?.[1] ?? message.split("\n")[0];
    const known = "--dry-run, --reset, --yes, --force, -h/--help; a path that starts with a dash goes after --";
    throw new StartupError(
      message.includes("does not take an argument")
        ? `${flag} takes no value; write ${flag} alone.`
        : `Unknown option ${flag}; the options are ${known}.`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    paths: positionals.length > 0 ? positionals : [DEFAULT_SEED_DIR],
    dryRun: values["dry-run"],
    reset: values.reset,
    yes: values.yes,
    force: values.force,
  };
}

function progressBar(): { onBatch: (p: LoadProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { onBatch: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: "  {phase} [{bar}] {value}/{total} rows, {rate} rows/s",
    stream: process.stderr,
    clearOnComplete: true,
  });
  const started = Date.now();
  let phase = "";
  return {
    onBatch: (p) => {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total, 0, { phase, rate: 0 });
      }
      bar.update(p.done, { phase, rate: Math.round(p.done / Math.max(0.001, (Date.now() - started) / 1000)) });
    },
    stop: () => bar.stop(),
  };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const validation = validateSeed(options.paths);
  if (validation.problems.length > 0) {
    console.error(`${validation.problems.length} problem(s) in the seed files; nothing was written:`);
    validation.problems.forEach((p) => console.error(`  ${formatProblem(p)}`));
    return 1;
  }
  const counts = Object.entries(validation.dataset!)
    .map(([kind, list]) => `${list.length} ${kind}`)
    .join(", ");
  console.log(`Validated ${validation.files.length} file(s): ${counts}.`);
  if (validation.warnings.length > 0) {
    console.log(`${validation.warnings.length} warning(s) to check (they do not stop a load):`);
    validation.warnings.forEach((w) => console.log(`  ${formatProblem(w)}`));
  }
  if (options.dryRun) return 0;

  const config = readConfig();
  const log = (line: string) => console.log(line);
  const db: Database = await openDatabase(config, log);
  try {
    if (options.reset) {
      const [count] = await db.gateway.read("admin/count-all");
      if (!options.yes) {
        console.error(
          `--reset would erase ${count.nodes} nodes and ${count.relationships} relationships in ${db.uri}, including every edit made through the API. Run again with --reset --yes to do it.`,
        );
        return 1;
      }
      await db.gateway.inWriteTransaction(async (tx) => {
        await tx.run("admin/erase-all");
        await bumpRevision(tx);
      });
      console.log(`Erased ${count.nodes} nodes and ${count.relationships} relationships.`);
    }
    await applySchema(db.gateway, db.catalog);
    const progress = progressBar();
    const started = Date.now();
    const outcome = await seedDatabase(db.gateway, validation, {
      force: options.force || options.reset,
      onBatch: progress.onBatch,
    });
    progress.stop();
    if (outcome.upToDate)
      console.log(
        `The graph already holds this dataset (${validation.checksum}); nothing to do (use --force to reload).`,
      );
    else console.log(`Loaded in ${Date.now() - started} ms: ${formatReport(outcome.report!)}.`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      error instanceof StartupError
        ? error.message
        : `Seeding failed: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
