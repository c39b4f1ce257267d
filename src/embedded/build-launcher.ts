import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "../shared/errors";
import { launcherClasspathFile, launcherDir, launcherJar } from "./launcher-paths";

const NO_JAVA_HINT = "or set NEO4J_URI to use an existing Neo4j 5 server instead of the embedded one.";

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.status === 0;
}

function newestSourceTime(): number {
  const files = [path.join(launcherDir, "pom.xml")];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(launcherDir, "src"));
  return Math.max(...files.map((f) => fs.statSync(f).mtimeMs));
}

export function launcherIsBuilt(): boolean {
  if (!fs.existsSync(launcherJar) || !fs.existsSync(launcherClasspathFile)) return false;
  return fs.statSync(launcherJar).mtimeMs >= newestSourceTime();
}

export function requireJava(): void {
  if (!commandWorks("java", ["-version"])) {
    throw new StartupError(
      `Java 17 or later is needed to run the embedded Neo4j: install it (Debian: apt-get install openjdk-17-jre-headless), ${NO_JAVA_HINT}`,
    );
  }
}

/**
 * Resolves the Neo4j, APOC and GDS jars from Maven Central and compiles the launcher, once:
 * `npm install` calls it, and `npm start` calls it again only if the sources changed.
 */
export function buildLauncher(log: (line: string) => void = console.log): void {
  if (launcherIsBuilt()) return;
  requireJava();
  if (!commandWorks("mvn", ["-v"])) {
    throw new StartupError(
      `Maven is needed once to fetch the Neo4j jars: install it (Debian: apt-get install maven), ${NO_JAVA_HINT}`,
    );
  }
  log(
    "Fetching Neo4j 5.26, APOC and Graph Data Science from Maven Central and building the launcher (first time only)...",
  );
  const result = spawnSync("mvn", ["-q", "-B", "-f", path.join(launcherDir, "pom.xml"), "package"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) {
    throw new StartupError(
      `Building the embedded Neo4j launcher failed (mvn exit ${result.status}); see Maven's output above. Check that Maven Central is reachable, ${NO_JAVA_HINT}`,
    );
  }
}
