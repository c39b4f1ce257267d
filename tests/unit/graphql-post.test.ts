import http from "node:http";
import type { AddressInfo } from "node:net";
import { graphqlPostFirst, sendJson, type Step } from "../../src/server/graphql-post";

/** The POST /graphql listener on a real node:http server (no Neo4j): which requests it takes, and its errors. */
describe("graphqlPostFirst", () => {
  const servers: http.Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  async function serve(steps: Step[]) {
    const errors: unknown[] = [];
    const listener = graphqlPostFirst(
      steps,
      (error, _req, res) => {
        errors.push(error);
        sendJson(res, 500, { error: String(error) });
      },
      (_req, res) => sendJson(res, 200, { by: "app" }),
    );
    const server = http.createServer(listener);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, errors };
  }
  const answer: Step = (_req, res) => sendJson(res, 200, { by: "steps" });
  const post = (url: string) => fetch(url, { method: "POST", body: "{}" });

  it("takes POST /graphql (with a query string or not) through its steps, and leaves the rest to the app", async () => {
    const order: string[] = [];
    const step =
      (name: string): Step =>
      (_req, _res, next) => (order.push(name), next());
    const { url } = await serve([step("a"), step("b"), answer]);
    expect(await (await post(`${url}/graphql`)).json()).toEqual({ by: "steps" });
    expect(await (await post(`${url}/graphql?x=1`)).json()).toEqual({ by: "steps" });
    expect(order).toEqual(["a", "b", "a", "b"]);
    for (const [method, path] of [
      ["GET", "/graphql"],
      ["POST", "/graphql/"],
      ["POST", "/graphqlx"],
      ["POST", "/health"],
    ])
      expect(
        await (await fetch(`${url}${path}`, { method, body: method === "POST" ? "{}" : undefined })).json(),
      ).toEqual({ by: "app" });
  });

  it("answers a step's error, passed on or thrown, through onError, with its length", async () => {
    const passed = await serve([(_req, _res, next) => next(new Error("passed")), answer]);
    const response = await post(`${passed.url}/graphql`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(passed.errors.map(String)).toEqual(["Error: passed"]);
    const thrown = await serve([
      () => {
        throw new Error("thrown");
      },
    ]);
    expect((await post(`${thrown.url}/graphql`)).status).toBe(500);
    expect(thrown.errors.map(String)).toEqual(["Error: thrown"]);
  });

  it("closes the connection when a step fails after the answer has begun, and keeps serving", async () => {
    const { url, errors } = await serve([
      (_req, res, next) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"partial":');
        next(new Error("too late"));
      },
    ]);
    await expect(post(`${url}/graphql`).then((r) => r.text())).rejects.toThrow();
    expect(errors).toEqual([]);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});
