import fs from "node:fs";
import path from "node:path";
import type { BenchResults } from "./lib/result";
import { writeReport } from "./report";

/** Renders results/NAME.md again from results/NAME.json (after a change to the notes or the layout). */
const name = process.argv[2] ?? "latest";
const dir = name === "quick" ? path.join(__dirname, "work", "results") : path.join(__dirname, "results");
const results = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as BenchResults & {
  targets?: unknown;
};
delete results.targets;
writeReport(results, dir, name);
console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, `${name}.md`))} from ${name}.json.`);
