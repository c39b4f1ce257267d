import "reflect-metadata";
import { parseArgs } from "node:util";
import { readConfig } from "../config";
import { openDatabase } from "../db/open-database";
import { StartupError } from "../shared/errors";
import { writeBackup } from "./write-backup";

const USAGE = `Usage: npm run backup -- [--out FILE]
  Writes every node, relationship, edit and audit entry of the database (NEO4J_URI, or the
  embedded one) to one file, with the dataset version and a checksum. npm run restore reads it.
  --out      the file to write (default alliance-graph-backup-<UTC time>.jsonl here)
  -h, --help this help`;

async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
      strict: true,
    }));
  } catch (error) {
    throw new StartupError(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
  }
  if (values.help) return void console.log(USAGE);
  const file = values.out ?? `alliance-graph-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl`;
  const db = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    const end = await writeBackup(db.gateway, file, ({ done, total }) =>
      console.error(`backup: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} nodes and relationships`),
    );
    console.error(
      `Wrote ${file}: ${end.nodes} nodes (${end.auditEntries} audit entries), ${end.relationships} relationships, graph checksum ${end.graphChecksum}.`,
    );
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof StartupError ? 2 : 1);
});
