import { diffRows, fingerprint, nodeKey } from "../../src/seed/load-diff";

const row = (id: string, name: string) => ({ id, labels: ["Record"], props: { id, name } });
const stored = (id: string, name: string, origin = "seed") => ({ id, origin, print: fingerprint({ name }) });
const diff = (wanted: ReturnType<typeof row>[], existing: ReturnType<typeof stored>[]) =>
  diffRows(
    wanted,
    existing,
    nodeKey,
    (r) => fingerprint({ name: r.props.name }),
    (r) => r.print as string,
  );

describe("The load's diff", () => {
  it("writes only what is new or changed, and counts each", () => {
    const result = diff([row("a", "A"), row("b", "B2"), row("c", "C")], [stored("a", "A"), stored("b", "B")]);
    expect(result.toWrite.map((r) => r.id)).toEqual(["b", "c"]);
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 1, keptEdits: 0 });
  });

  it("finds what the last load wrote and the files no longer hold", () => {
    expect(diff([row("a", "A")], [stored("a", "A"), stored("gone", "G")]).stale.map((r) => r.id)).toEqual(["gone"]);
  });

  it("never overwrites or deletes what an edit wrote", () => {
    const result = diff([row("a", "A")], [stored("a", "edited", "edit"), stored("e", "E", "edit")]);
    expect(result.toWrite).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.keptEdits).toBe(1);
  });

  it("does not count a change of key order as a change", () => {
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
  });
});
