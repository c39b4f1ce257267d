import "reflect-metadata";
import { parseArgs } from "node:util";
import { readConfig } from "../config";
import { openDatabase } from "../db/open-database";
import { StartupError } from "../shared/errors";
import { BackupFileError, readBackupFile } from "./backup-file";
import { RestoreRefused, restoreBackup } from "./restore-backup";

const USAGE = `Usage: npm run restore -- FILE [--replace --yes] [--batch-size N]
  Restores a backup written by npm run backup into the database (NEO4J_URI, or the embedded one).
  The file's digest and checksum are verified before anything is written. Batches commit one by
  one: after a kill, run the same command again and it goes on where it stopped.
  --replace --yes  erase a database that is not empty first (both are needed)
  --batch-size N   nodes and relationships per transaction (default 2000)
  -h, --help       this help`;

async function main(argv: string[]): Promise<void> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        replace: { type: "boolean", default: false },
        yes: { type: "boolean", default: false },
        "batch-size": { type: "string", default: "2000" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    throw new StartupError(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
  }
  if (values.help) return void console.log(USAGE);
  if (positionals.length !== 1) throw new StartupError(`Name one backup file.\n${USAGE}`);
  if (values.replace !== values.yes)
    throw new StartupError("--replace erases the database: give --replace and --yes together.");
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new StartupError(`--batch-size must be a whole number above 0; got "${values["batch-size"]}".`);
  const file = positionals[0];

  console.error(`Reading and verifying ${file}...`);
  const backup = await readBackupFile(file);
  console.error(
    `${file}: ${backup.end.nodes} nodes, ${backup.end.relationships} relationships, written ${backup.header.createdAt} (dataset ${backup.header.datasetVersion}); digest verified.`,
  );
  const db = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    const outcome = await restoreBackup(db.gateway, db.catalog, backup, {
      file,
      replace: values.replace,
      batchSize,
      log: (line) => console.error(line),
      onBatch: ({ batch, batches, rows, total }) =>
        console.error(`restore: batch ${batch}/${batches} (${rows} of ${total} nodes and relationships)`),
    });
    console.error(`Restored ${file}; the graph checksum ${outcome.checksum} matches the backup.`);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  const expected = error instanceof StartupError || error instanceof RestoreRefused || error instanceof BackupFileError;
  process.exit(expected ? 2 : 1);
});
