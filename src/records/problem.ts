import path from "node:path";

/** One problem in a record, located well enough for a person to fix it. */
export interface SeedProblem {
  /** The file, or "input" for an edit through the API. */
  file: string;
  line: number;
  /** Where in the data: `agreements[2].signatures[0].onBehalfOf`. */
  field: string;
  message: string;
}

export type PathKey = string | number;

/** Where records came from: a seed file (with lines), or an edit's input (line 0). */
export interface RecordOrigin {
  file: string;
  data: unknown;
  lineOf(pathKeys: PathKey[]): number;
}

export function formatField(pathKeys: PathKey[]): string {
  return pathKeys.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    "",
  );
}

/** `file:line  field: message`, the form every tool prints a problem in. */
export function formatProblem(problem: SeedProblem): string {
  const where = `${path.relative(process.cwd(), path.resolve(problem.file)) || problem.file}:${problem.line}`;
  return `${where}  ${problem.field ? `${problem.field}: ` : ""}${problem.message}`;
}
