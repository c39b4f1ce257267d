import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { SERVER_NODE_FLAGS } from "../../src/server/node-flags";

const MAIN = path.join(__dirname, "../../dist/src/server/main.js");

export interface ServerProcess {
  /** The server's base address, without /graphql. */
  url: string;
  child: ChildProcess;
  /** The embedded Neo4j's store folder. */
  home: string;
  /** The embedded Neo4j's JVM, a child of the server. */
  neo4jPid: number | undefined;
  /** SIGTERM, then waits for the exit; `removeHome` deletes the store too. */
  stop(options?: { removeHome?: boolean }): Promise<void>;
}

/**
 * The built server (dist/) as its own process, on an embedded Neo4j in `home` (a new temporary
 * folder by default), as `npm start` runs it (NODE_ENV=production): what the load test, the soak and the crash test drive.
 * `env` comes last: with NEO4J_URI in it, the server uses that Neo4j instead (the replica and
 * shutdown tests point it at the tests' own).
 */
export async function startServerProcess(
  options: { home?: string; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  if (!fs.existsSync(MAIN)) throw new Error("dist/ is missing: run `npm run build` first.");
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), "alliance-graph-server-"));
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, MAIN], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEO4J_URI: "",
      NEO4J_HOME: home,
      PORT: "0",
      LOG_LEVEL: "warn",
      SEED_ON_START: "auto",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      const ready = /is ready: GraphQL at (http:\/\/\S+)\/graphql/.exec(line);
      if (ready) resolve(ready[1]);
    });
    child.on("exit", (code) => reject(new Error(`the server exited with code ${code} before it was ready`)));
  });
  return {
    url,
    child,
    home,
    neo4jPid: javaChildOf(child.pid!),
    async stop({ removeHome = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      if (removeHome) fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The embedded Neo4j JVM started by process `parent`. */
export function javaChildOf(parent: number): number | undefined {
  const found = spawnSync("pgrep", ["-P", String(parent), "-f", "alliancegraph.EmbeddedNeo4j"], { encoding: "utf8" });
  const pid = Number(found.stdout.split("\n")[0]);
  return pid > 0 ? pid : undefined;
}

/** Resident memory of a process, in bytes. */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024;
}
