import neo4j from "neo4j-driver";
import { GraphChecksum } from "../../src/backup/graph-checksum";
import type { BackupElement } from "../../src/backup/read-graph";
import { decodeProperties, encodeProperties } from "../../src/backup/typed-properties";

describe("Backup properties keep their Cypher types", () => {
  it("records the types JSON cannot tell apart, and only those", () => {
    const typed = encodeProperties(
      [
        ["title", "STRING NOT NULL", "Pax Silica"],
        ["signedOn", "DATE NOT NULL", "2025-12-12"],
        ["count", "INTEGER NOT NULL", 3],
        ["weight", "FLOAT NOT NULL", 3],
        ["at", "ZONED DATETIME NOT NULL", "2026-12-01T13:20:46.123456789Z"],
        ["sources", "LIST<STRING NOT NULL> NOT NULL", ["a", "b"]],
      ],
      'Record "x"',
    );
    expect(typed.types).toEqual({ signedOn: "DATE", count: "INTEGER", at: "ZONED DATETIME" });
  });

  it("writes back dates, integers and date-times as the driver types that store them", () => {
    const props = decodeProperties({
      properties: { signedOn: "2025-12-12", count: 3, at: "2026-12-01T13:20:46.5+02:00", days: ["2020-01-02"] },
      types: { signedOn: "DATE", count: "INTEGER", at: "ZONED DATETIME", days: "LIST<DATE>" },
    });
    expect(props.signedOn).toEqual(new neo4j.types.Date(2025, 12, 12));
    expect(neo4j.isInt(props.count)).toBe(true);
    expect(props.at).toEqual(new neo4j.types.DateTime(2026, 12, 1, 13, 20, 46, 500_000_000, 7200));
    expect((props.days as unknown[])[0]).toEqual(new neo4j.types.Date(2020, 1, 2));
  });

  it("refuses a type a backup cannot hold, naming the property", () => {
    expect(() => encodeProperties([["where", "POINT NOT NULL", {}]], 'Record "x"')).toThrow(
      /Record "x".*"where".*POINT/,
    );
  });
});

describe("The graph checksum", () => {
  const node = (id: string, extra: Record<string, unknown> = {}): BackupElement => ({
    type: "node",
    labels: ["Record", "Source"],
    properties: { id, origin: "seed", ...extra },
    types: {},
  });
  const link: BackupElement = { type: "relationship", relType: "CITES", from: "a", to: "b", properties: {}, types: {} };
  const checksumOf = (elements: BackupElement[]) => {
    const checksum = new GraphChecksum();
    elements.forEach((e) => checksum.add(e));
    return checksum.digest();
  };

  it("does not depend on the order of elements, nor on origin", () => {
    expect(checksumOf([node("a"), node("b"), link])).toBe(checksumOf([link, node("b", { origin: "edit" }), node("a")]));
  });

  it("changes with a property, a type, a missing element or a duplicated one", () => {
    const base = checksumOf([node("a"), node("b"), link]);
    expect(checksumOf([node("a", { title: "x" }), node("b"), link])).not.toBe(base);
    expect(checksumOf([{ ...node("a"), types: { id: "DATE" } }, node("b"), link])).not.toBe(base);
    expect(checksumOf([node("a"), link])).not.toBe(base);
    expect(checksumOf([node("a"), node("b"), link, link])).not.toBe(base);
  });

  it("leaves out audit entries and load markers", () => {
    const audit: BackupElement = { type: "node", labels: ["AuditEntry"], properties: { id: "e" }, types: {} };
    expect(checksumOf([node("a"), audit])).toBe(checksumOf([node("a")]));
  });
});
