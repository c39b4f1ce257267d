import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { StartupError } from "../shared/errors";
import { buildLauncher } from "./build-launcher";
import { LAUNCHER_MAIN_CLASS, launcherClasspathFile, launcherJar } from "./launcher-paths";

export interface EmbeddedOptions {
  home: string;
  /** 0 picks a free port. */
  boltPort: number;
  pageCache: string;
  heap: string;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Resolves once the JVM has shut Neo4j down and exited. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/**
 * Starts Neo4j in a child JVM. The child's stdin stays open as a lifeline: when this process
 * dies, even by SIGKILL, the pipe closes and the launcher shuts Neo4j down by itself.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  buildLauncher(options.log);
  const home = path.resolve(options.home);
  fs.mkdirSync(home, { recursive: true });
  const classpath = `${launcherJar}${path.delimiter}${fs.readFileSync(launcherClasspathFile, "utf8").trim()}`;
  const child = spawn(
    "java",
    [
      // The whole heap reserved and touched at start, as Neo4j's own neo4j.conf advises for servers:
      // memory is then flat from the first minute instead of creeping up as the heap fills.
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      "-XX:+AlwaysPreTouch",
      "-XX:+UseG1GC",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "-cp",
      classpath,
      LAUNCHER_MAIN_CLASS,
      "--home",
      home,
      "--port",
      String(options.boltPort),
      "--pagecache",
      options.pageCache,
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stderrLines: string[] = [];
  readline.createInterface({ input: child.stderr }).on("line", (line) => {
    stderrLines.push(line);
    if (stderrLines.length > 50) stderrLines.shift();
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new StartupError(`Neo4j did not start within ${START_TIMEOUT_MS / 1000}s in ${home}.`));
    }, START_TIMEOUT_MS);
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^BOLT (\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(
        new StartupError(
          `Could not run java (${error.message}): install Java 17, or set NEO4J_URI to an existing Neo4j server.`,
        ),
      );
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const reason = stderrLines.find((l) => l.startsWith("ERROR"))?.slice("ERROR ".length);
      reject(
        new StartupError(
          reason ??
            `Neo4j exited with code ${code} before it accepted connections: ${stderrLines.slice(-3).join(" | ")}`,
        ),
      );
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null) {
          child.stdin.end();
          child.kill("SIGTERM");
        }
        await exited;
      })();
      return stopping;
    },
  };
}
