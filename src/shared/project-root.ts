import fs from "node:fs";
import path from "node:path";

/** The repository root, found the same way from `src/` (tests, tsx) and from compiled `dist/src/`. */
export const projectRoot: string = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "cypher"))) return dir;
  }
  throw new Error(`Cannot find the Alliance Graph project root above ${__dirname}`);
})();
