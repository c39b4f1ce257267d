import { startServerProcess } from "../../scripts/lib/server-process";
import { TEST_URI_VARIABLE } from "../support/test-neo4j";

describe("SIGTERM while requests are in flight", () => {
  it("lets them finish, then exits cleanly", async () => {
    const server = await startServerProcess({
      env: {
        NEO4J_URI: process.env[TEST_URI_VARIABLE]!,
        SEED_ON_START: "never",
        // Identical requests must really run at once: the response cache would answer them from memory.
        RESPONSE_CACHE: "off",
      },
    });
    const exited = new Promise<number | null>((resolve) => server.child.on("exit", resolve));
    try {
      const url = `${server.url}/graphql`;
      const query = '{ network(center: "IL", depth: 2) { nodes { id } } }';
      const post = () =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
      // A cold JVM plans a statement slowly; warm up so the requests below take well under the 10 s grace period.
      expect((await post()).status).toBe(200);
      const inFlight = Array.from({ length: 4 }, () =>
        post().then(async (r) => ({ status: r.status, body: await r.json() })),
      );
      // SIGTERM once the server is answering all of them: in flight, not merely sent.
      let busy = false;
      for (const deadline = Date.now() + 10_000; !busy && Date.now() < deadline;) {
        busy = /graphql_requests_in_flight 4\b/.test(await (await fetch(`${server.url}/metrics`)).text());
      }
      expect(busy).toBe(true);
      server.child.kill("SIGTERM");
      const answers = await Promise.all(inFlight);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.body.data.network.nodes.length).toBeGreaterThan(1);
      }
      expect(await exited).toBe(0);
      await expect(fetch(url, { method: "POST", body: "{}" })).rejects.toThrow();
    } finally {
      // A failed step must not leave the server running after the suite (an orphan, an open handle).
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
      await server.stop({ removeHome: true });
    }
  });
});
