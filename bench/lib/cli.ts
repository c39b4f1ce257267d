import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * The command-line arguments of the benchmark's scripts (bench/run.ts, bench/generate.ts,
 * scripts/loadtest.ts): node:util's parseArgs in strict mode, with its errors turned into one
 * line that names the flag, what came and what would work. The scripts print a UsageError's
 * message alone (no stack) and exit with 1.
 */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** How to read the flags: `placeholders` name each string flag's value as the usage text does (--seed S). */
export interface CliShape {
  allowPositionals?: boolean;
  placeholders?: Record<string, string>;
}

const flagList = (options: Options, shape: CliShape) =>
  Object.entries(options)
    .map(
      ([name, o]) =>
        (o.short ? `-${o.short}/--${name}` : `--${name}`) +
        (o.type === "string" ? ` ${shape.placeholders?.[name] ?? "VALUE"}` : ""),
    )
    .join(", ");

/** Strict parseArgs over `args`; no positional arguments unless `shape.allowPositionals`. */
export function parseCli<T extends Options>(args: string[], options: T, shape: CliShape = {}) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: shape.allowPositionals ?? false });
  } catch (error) {
    throw new UsageError(describeParseError(error, options, shape));
  }
}

/** One line for an error of node:util's parseArgs (its own messages run over several lines). */
export function describeParseError(error: unknown, options: Options, shape: CliShape = {}): string {
  const e = error as { code?: string; message?: string };
  const message = String(e.message ?? error);
  const flag = /'(?:-\w, )?(--?[^' =]+)/.exec(message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option ${flag}; the options are ${flagList(options, shape)} (--help for more).`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
      const argument = /argument '([^']*)'/.exec(message)?.[1] ?? "";
      return `Unexpected argument "${argument}": this command takes only options: ${flagList(options, shape)}.`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (message.includes("does not take an argument")) return `${flag} takes no value; write ${flag} alone.`;
      if (message.includes("ambiguous"))
        return `${flag} needs a value, but the next argument is a flag; write ${flag}=VALUE for a value that starts with a dash.`;
      return `${flag} needs a value, as in ${flag} ${shape.placeholders?.[flag.replace(/^-+/, "")] ?? "VALUE"} (--help for more).`;
    default:
      return message.split("\n")[0];
  }
}

/** What a number-valued flag accepts: `what` and `example` make the error line. */
export interface NumberRule {
  what: string;
  example: string;
  integer?: boolean;
  /** The value must be greater than this. */
  above?: number;
}

const toNumber = (raw: string) => (raw.trim() === "" ? NaN : Number(raw));
const fits = (x: number, rule: NumberRule) =>
  Number.isFinite(x) && (!rule.integer || Number.isInteger(x)) && (rule.above === undefined || x > rule.above);
const notANumber = (flag: string, raw: string, rule: NumberRule) =>
  new UsageError(`${flag} takes ${rule.what}, such as ${rule.example}; got "${raw}".`);

/**
 * A number-valued flag: `fallback` when absent, else a finite number within the rule, or a
 * UsageError such as `--duration takes a number of seconds above 0, such as 60; got "abc".`
 */
export function numberFlag(flag: string, raw: string | undefined, fallback: number, rule: NumberRule): number {
  if (raw === undefined) return fallback;
  const value = toNumber(raw);
  if (!fits(value, rule)) throw notANumber(flag, raw, rule);
  return value;
}

/** A comma-separated list of numbers, each checked as by numberFlag. */
export function numberListFlag(flag: string, raw: string | undefined, fallback: number[], rule: NumberRule): number[] {
  if (raw === undefined) return fallback;
  const list = raw.split(",").map(toNumber);
  if (!list.every((x) => fits(x, rule))) throw notANumber(flag, raw, rule);
  return list;
}
