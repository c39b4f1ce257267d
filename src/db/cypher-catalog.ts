import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../shared/project-root";

export const CYPHER_DIR = path.join(projectRoot, "cypher");

/** Every statement in `cypher/`, by its path without the extension: `read/agreements-by-id`. */
export function loadCypherCatalog(dir = CYPHER_DIR): ReadonlyMap<string, string> {
  const catalog = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".cypher")) {
        const name = path
          .relative(dir, full)
          .replace(/\\/g, "/")
          .replace(/\.cypher$/, "");
        catalog.set(name, stripComments(fs.readFileSync(full, "utf8")));
      }
    }
  };
  walk(dir);
  return catalog;
}

/** Leading `//` lines document a statement for readers; the server does not need them. */
function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}

/** Names of a folder's statements in order, for steps such as schema setup. */
export function statementsUnder(catalog: ReadonlyMap<string, string>, folder: string): string[] {
  return [...catalog.keys()].filter((name) => name.startsWith(`${folder}/`)).sort();
}
