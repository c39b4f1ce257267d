import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MAX_SEED_FILE_BYTES } from "../../src/seed/read-seed-files";
import { DEFAULT_SEED_DIR } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";

const SOURCES = `sources:\n  - id: world-countries\n    title: world-countries\n  - id: src-a\n    title: A source\n`;

/** Validates the given files (name -> YAML text) in a fresh folder. */
function validate(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-validation-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const result = validateSeed([dir]);
  fs.rmSync(dir, { recursive: true, force: true });
  const local = (list: typeof result.problems) => list.map((p) => ({ ...p, file: path.basename(p.file) }));
  return { problems: local(result.problems), warnings: local(result.warnings) };
}
const problemsOf = (files: Record<string, string>) => validate(files).problems;

describe("Seed validation", () => {
  it("accepts the curated seed files", () => {
    const result = validateSeed([DEFAULT_SEED_DIR]);
    expect(result.problems).toEqual([]);
    expect(result.dataset!.agreements.length).toBeGreaterThanOrEqual(3);
  });

  it("reports bad YAML with its line", () => {
    const [problem] = problemsOf({ "a.yaml": `${SOURCES}  - id: broken\n    title: [unclosed\n` });
    expect(problem).toMatchObject({ file: "a.yaml", message: expect.stringMatching(/not valid YAML/) });
    expect(problem.line).toBeGreaterThanOrEqual(6);
  });

  it("reports an empty file", () => {
    expect(problemsOf({ "s.yaml": SOURCES, "empty.yaml": "" })).toEqual([
      expect.objectContaining({ file: "empty.yaml", line: 1, message: expect.stringMatching(/empty/) }),
    ]);
  });

  it("names a misspelt field, its path and line", () => {
    const problems = problemsOf({ "s.yaml": `${SOURCES}  - id: src-b\n    title: B\n    soruces: [x]\n` });
    expect(problems).toEqual([
      { file: "s.yaml", line: 6, field: "sources[2]", message: expect.stringMatching(/unknown field "soruces"/) },
    ]);
  });

  it("reports a wrong type and a bad date, each with its field path", () => {
    const problems = problemsOf({
      "s.yaml": SOURCES,
      "a.yaml": `agreements:\n  - id: x\n    title: 42\n    kind: declaration\n    signedOn: 2026-02-30\n    sources: [src-a]\n`,
    });
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ["agreements[0].title", 3],
      ["agreements[0].signedOn", 5],
    ]);
    expect(problems[1].message).toMatch(/real date/);
  });

  it("reports a duplicate id with where it was first used", () => {
    const problems = problemsOf({
      "a.yaml": SOURCES,
      "b.yaml": `sectors:\n  - id: src-a\n    name: A\n    nameFr: A\n    sources: [src-a]\n`,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "b.yaml",
        field: "sectors[0].id",
        message: expect.stringMatching(/duplicate id "src-a".*a\.yaml:4/),
      }),
    ]);
  });

  it("reports unknown references and a signer on behalf of a non-party", () => {
    const problems = problemsOf({
      "s.yaml": SOURCES,
      "p.yaml": `people:\n  - id: someone\n    name: Someone\n    sources: [src-a]\n`,
      "a.yaml": [
        "agreements:",
        "  - id: deal",
        "    title: Deal",
        "    kind: memorandum",
        "    acts: [{ party: US, act: signed, sources: [src-a] }]",
        "    signatures: [{ person: someone, onBehalfOf: FR, sources: [src-a] }]",
        "    sectors: [{ sector: no-such-sector, sources: [no-such-source] }]",
        "    sources: [src-a]",
      ].join("\n"),
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`).sort()).toEqual([
      'agreements[0].sectors[0].sector: unknown sector id "no-such-sector"',
      'agreements[0].sectors[0].sources[0]: unknown source id "no-such-source"',
      expect.stringMatching(
        /^agreements\[0\]\.signatures\[0\]\.onBehalfOf: "FR" is not a party of this agreement; expected one of the parties in acts: US/,
      ),
    ]);
  });

  it("requires a source on every fact", () => {
    const problems = problemsOf({
      "s.yaml": SOURCES,
      "x.yaml": `places:\n  - id: somewhere\n    name: Somewhere\n    sources: []\n`,
    });
    expect(problems).toEqual([
      expect.objectContaining({ field: "places[0].sources", message: expect.stringMatching(/at least one source/) }),
    ]);
  });

  it("refuses a country on a disputed place", () => {
    const problems = problemsOf({
      "s.yaml": SOURCES,
      "x.yaml": `places:\n  - id: somewhere\n    name: Somewhere\n    country: IL\n    disputed: true\n    sources: [src-a]\n`,
    });
    expect(problems[0].message).toMatch(/disputed place asserts no country/);
  });

  it("refuses a file over the size limit without reading it", () => {
    const big = "# padding\n".repeat(Math.ceil((MAX_SEED_FILE_BYTES + 10) / 10));
    expect(problemsOf({ "s.yaml": SOURCES, "huge.yaml": big })).toEqual([
      expect.objectContaining({ file: "huge.yaml", message: expect.stringMatching(/at most 20 MB/) }),
    ]);
  });

  it("refuses a position with neither an organization nor a country, instead of dropping it at load", () => {
    const problems = problemsOf({
      "s.yaml": SOURCES,
      "p.yaml": `people:\n  - id: someone\n    name: Someone\n    positions:\n      - { title: Minister, from: "2020", sources: [src-a] }\n    sources: [src-a]\n`,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "p.yaml",
        line: 5,
        field: "people[0].positions[0]",
        message: expect.stringMatching(/organization or the country/),
      }),
    ]);
  });

  const dealWithList = (partyList: string) =>
    [
      "agreements:",
      "  - id: deal",
      "    title: Deal",
      "    kind: memorandum",
      "    acts:",
      "      - { party: US, act: signed, sources: [src-a] }",
      "      - { party: FR, act: signed, sources: [src-a] }",
      "      - { party: GB, act: declined, sources: [src-a] }",
      `    partyList: ${partyList}`,
      "    sources: [src-a]",
    ].join("\n");

  it.each([
    [
      "a complete list whose reported count differs from the parties listed",
      "{ completeness: complete, reported: 3, sources: [src-a] }",
      /marked complete with 3 reported, but the record lists 2/,
    ],
    [
      "a complete list without its reported count",
      "{ completeness: complete, sources: [src-a] }",
      /a complete list gives the count its source reports \(2 entries/,
    ],
    [
      "a list holding more than its sources report",
      "{ completeness: partial, reported: 1, sources: [src-a] }",
      /lists 2, more than the 1 its sources report/,
    ],
  ])("refuses %s, at its file, line and field", (_label, partyList, message) => {
    const problems = problemsOf({ "s.yaml": SOURCES, "a.yaml": dealWithList(partyList) });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "a.yaml",
        line: 9,
        field: "agreements[0].partyList.reported",
        message: expect.stringMatching(message),
      }),
    ]);
  });

  it("accepts a complete list whose count matches, refusals left out", () => {
    expect(
      problemsOf({
        "s.yaml": SOURCES,
        "a.yaml": dealWithList("{ completeness: complete, reported: 2, sources: [src-a] }"),
      }),
    ).toEqual([]);
  });

  it("refuses a source that no fact cites", () => {
    const place = `places:\n  - id: somewhere\n    name: Somewhere\n    sources: [src-a]\n`;
    expect(problemsOf({ "s.yaml": `${SOURCES}  - id: src-unused\n    title: Unused\n`, "p.yaml": place })).toEqual([
      expect.objectContaining({
        file: "s.yaml",
        line: 6,
        field: "sources[2].id",
        message: expect.stringMatching(/"src-unused" is cited by no fact/),
      }),
    ]);
  });

  it("warns, without refusing, when every source of a dated act was published before the act", () => {
    const sources = `${SOURCES}  - id: src-old\n    title: Old\n    publishedOn: "2025-12"\n`;
    const deal = (date: string) =>
      `agreements:\n  - id: deal\n    title: Deal\n    kind: memorandum\n    acts:\n      - { party: US, act: signed, date: "${date}", sources: [src-old] }\n    sources: [src-a]\n`;
    const late = validate({ "s.yaml": sources, "a.yaml": deal("2026-01-16") });
    expect(late.problems).toEqual([]);
    expect(late.warnings).toEqual([
      expect.objectContaining({
        file: "a.yaml",
        field: "agreements[0].acts[0].date",
        message: expect.stringMatching(/published before 2026-01-16/),
      }),
    ]);
    expect(validate({ "s.yaml": sources, "a.yaml": deal("2025-12-10") }).warnings).toEqual([]);
  });

  it("gives every curated office its start (a date, or unknown where the pages give none)", () => {
    const { dataset } = validateSeed([DEFAULT_SEED_DIR]);
    const undated = dataset!.people.flatMap((p) =>
      p.positions.filter((x) => !x.from).map((x) => `${p.id}: ${x.title}`),
    );
    expect(undated).toEqual([]);
  });
});
