import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../shared/project-root";

interface Release {
  version: string;
  name: string;
  date?: string;
  license: string;
}

let cached: Release | undefined;

/** The release CITATION.cff describes (read once): what researchers cite, and what `meta` reports. */
export function datasetRelease(): Release {
  if (!cached) {
    const cff = parse(fs.readFileSync(path.join(projectRoot, "CITATION.cff"), "utf8")) as Record<string, string>;
    const date = cff["date-released"] ? String(cff["date-released"]) : undefined;
    // CITATION.cff has no field for a release name: it is the version and its day.
    cached = {
      version: String(cff.version),
      name: `Alliance Graph ${cff.version}${date ? ` (${date})` : ""}`,
      date,
      license: cff.license,
    };
  }
  return cached;
}
