import "reflect-metadata";
import fs from "node:fs";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { readConfig } from "../config";
import { openDatabase } from "../db/open-database";
import { AppError, StartupError } from "../shared/errors";
import { datasetVersion } from "./export-http";
import { writeSeedExport } from "./write-seeds";
import { exportFileName, parseGraphFormat, parseTable, writeGraph, writeTable } from "./write-export";

const USAGE = `Usage: npm run export -- --format FORMAT [--table TABLE] [--out FILE]
  Streams the graph from Neo4j (NEO4J_URI, or the embedded one) into a file.
  --format   graphml, gexf, jsonld (the whole graph), csv (one table, with --table), or seeds:
             the API edits as seed YAML in the folder --out names, one file per kind, edits to
             curated records as overrides, the audit trail beside (audit-trail.json)
  --table    agreements, initiatives, parties, people, positions, acts, signatures, memberships, sources
  --out      the file to write; a folder gets the default name, which carries the dataset
             version (alliance-graph-<version>-graph.graphml); "-" writes to standard output
  --context  the URL the JSON-LD names as its @context (default http://localhost:4000/export/context.jsonld)
  -h, --help this help`;

async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        table: { type: "string" },
        out: { type: "string" },
        context: { type: "string", default: "http://localhost:4000/export/context.jsonld" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new StartupError(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
  }
  if (values.help) return void console.log(USAGE);
  if (!values.format) throw new StartupError(`--format is required.\n${USAGE}`);
  if (values.format === "seeds") return exportSeeds(values.out);
  const csv = values.format === "csv";
  if (csv && !values.table) throw new StartupError("--format csv needs --table (for example --table agreements).");
  const format = csv ? null : parseGraphFormat(values.format);
  const table = csv ? parseTable(values.table!) : null;

  const config = readConfig();
  const db = await openDatabase(config, (line) => console.error(line));
  try {
    const dataset = await datasetVersion(db.gateway, values.context);
    const name = exportFileName(table ?? "graph", csv ? "csv" : format!, dataset);
    let target = values.out ?? name;
    if (target !== "-" && fs.existsSync(target) && fs.statSync(target).isDirectory()) target = `${target}/${name}`;
    const out = target === "-" ? process.stdout : fs.createWriteStream(target);
    if (table) await writeTable(db.gateway, table, out);
    else await writeGraph(db.gateway, format!, out, dataset);
    if (out !== process.stdout) {
      out.end();
      await finished(out);
      console.error(`Wrote ${target} (Alliance Graph ${dataset.version}).`);
    }
  } finally {
    await db.close();
  }
}

async function exportSeeds(dir: string | undefined): Promise<void> {
  if (!dir || dir === "-") throw new StartupError("--format seeds writes a folder: name it with --out DIR.");
  const db = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    const report = await writeSeedExport(db.gateway, dir);
    console.error(
      `Wrote ${report.records} edited records (${report.overrides} of them overrides of curated ones) and ${report.auditEntries} audit entries to ${dir}.` +
        (report.withoutSeedForm > 0
          ? ` ${report.withoutSeedForm} older audit entries predate the seed form and are in audit-trail.json only.`
          : ""),
    );
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof StartupError || error instanceof AppError) {
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
