import fs from "node:fs";
import path from "node:path";
import { ENTITY_KINDS } from "../../src/api/entity";

describe("fragments/kind", () => {
  it("names a node's type as toNode does: the entity kinds in ENTITY_KINDS' order, each as itself", () => {
    const text = fs.readFileSync(path.join(__dirname, "..", "..", "cypher", "fragments", "kind.cypher"), "utf8");
    const whens = [...text.matchAll(/WHEN \{\{var\}\}:(\w+) THEN '(\w+)'/g)].map(([, label, kind]) => [label, kind]);
    expect(whens).toEqual(ENTITY_KINDS.map((kind) => [kind, kind]));
  });
});
