import { kindsToMatch, nodeFactKind, relationshipFactKind, factId } from "../../src/provenance/fact-ref";
import { buildGraphRows } from "../../src/records/graph-rows";
import { DEFAULT_SEED_DIR } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";

describe("Fact kinds", () => {
  const rows = buildGraphRows(validateSeed([DEFAULT_SEED_DIR]).dataset!);

  it("name every node and every relationship the seeds write", () => {
    const nodesWithout = rows.nodes.filter((n) => nodeFactKind(n.labels) === null).map((n) => n.labels.join(":"));
    const typesWithout = rows.relationships.filter((r) => relationshipFactKind(r.type) === null).map((r) => r.type);
    expect([...new Set(nodesWithout)]).toEqual([]);
    expect([...new Set(typesWithout)]).toEqual([]);
  });

  it("match the labels and types a statement filters on", () => {
    expect(kindsToMatch(["SIGNED", "MEMBER_OF"])).toEqual({ labels: [], types: ["SIGNED", "MEMBER_OF"] });
    expect(kindsToMatch(["EXTERNAL_ID", "COUNTRY", "COVERS"])).toEqual({
      labels: ["ExternalId", "Country"],
      types: ["COVERS"],
    });
  });

  it("give a country its own kind, not that of a party", () => {
    expect(nodeFactKind(["Record", "Entity", "Party", "Country"])).toBe("COUNTRY");
  });

  it("name a relationship fact by its type, ends and key", () => {
    expect(factId({ type: "SIGNED", from: "erez-eskel", to: "decl", key: "IL@2026-01-16" })).toBe(
      "SIGNED:erez-eskel->decl#IL@2026-01-16",
    );
    expect(factId({ type: "COVERS", from: "decl", to: "quantum", key: "" })).toBe("COVERS:decl->quantum");
    expect(factId({ id: "decl" })).toBe("decl");
  });
});
