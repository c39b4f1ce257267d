import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import pino from "pino";
import { requestLog } from "../../src/server/request-log";

/** A server whose one route answers the request's id, logging into `lines`. */
async function serve(level: string, lines: string[]) {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = express();
  app.use(requestLog(pino({ level }, sink)));
  app.get("/", (req, res) => void res.json({ id: (req as unknown as { id: string }).id }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("request ids and request log lines", () => {
  it.each(["info", "warn", "silent"])(
    "at level %s: every request has an id, the client's when it sends one",
    async (level) => {
      const lines: string[] = [];
      const server = await serve(level, lines);
      try {
        const given = await fetch(server.url, { headers: { "x-request-id": "abc-1" } });
        expect(given.headers.get("x-request-id")).toBe("abc-1");
        expect(await given.json()).toEqual({ id: "abc-1" });
        const fresh = await fetch(server.url);
        const id = fresh.headers.get("x-request-id");
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        expect(await fresh.json()).toEqual({ id });
        // One line per request where info shows; none below it.
        expect(lines.filter((line) => line.includes('"req"')).length).toBe(level === "info" ? 2 : 0);
      } finally {
        await server.close();
      }
    },
  );
});
