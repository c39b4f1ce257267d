import fs from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../../src/server/node-flags";

describe("The server's V8 flags", () => {
  it("are the ones npm start passes to node", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    const command = /\bnode ((?:--\S+ )*)dist\/src\/server\/main\.js/.exec(pkg.scripts.start);
    expect(command?.[1].trim().split(" ")).toEqual([...SERVER_NODE_FLAGS]);
  });
});
