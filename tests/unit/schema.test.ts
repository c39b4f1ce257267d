import fs from "node:fs";
import path from "node:path";
import { buildApiSchema } from "../../src/api/build-schema";
import { printApiSchema } from "../../src/api/print-schema";

describe("schema/schema.graphql", () => {
  it("is the schema the server builds (run `npm run schema:emit` after changing src/api)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8");
    expect(printApiSchema(await buildApiSchema())).toBe(committed);
  });
});
