import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { TEST_URI_VARIABLE } from "../support/test-neo4j";

const MAIN = path.join(__dirname, "../../dist/src/server/main.js");

describe("SIGTERM while requests are in flight", () => {
  it("lets them finish, then exits cleanly", async () => {
    if (!fs.existsSync(MAIN)) throw new Error("dist/ is missing: run `npm run build` (npm test does it first).");
    const server = spawn(process.execPath, [MAIN], {
      env: { ...process.env, NEO4J_URI: process.env[TEST_URI_VARIABLE], PORT: "0", SEED_ON_START: "never", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));
    const url = await new Promise<string>((resolve) =>
      readline.createInterface({ input: server.stdout }).on("line", (line) => {
        const ready = /is ready: GraphQL at (\S+)/.exec(line);
        if (ready) resolve(ready[1]);
      }),
    );
    const query = '{ network(center: "IL", depth: 3) { nodes { id } } agreements(first: 100) { edges { node { parties { id } sectors { sector { id } } } } } }';
    const inFlight = Array.from({ length: 8 }, () =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }).then(async (r) => ({ status: r.status, body: await r.json() })),
    );
    // SIGTERM once Neo4j is busy with them: they are in flight, not merely sent.
    const base = url.replace(/\/graphql$/, "");
    for (let busy = false; !busy; ) {
      busy = /neo4j_statements_in_flight [1-9]/.test(await (await fetch(`${base}/metrics`)).text());
    }
    server.kill("SIGTERM");
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.data.network.nodes.length).toBeGreaterThan(1);
    }
    expect(await exited).toBe(0);
    await expect(fetch(url, { method: "POST", body: "{}" })).rejects.toThrow();
  });
});
