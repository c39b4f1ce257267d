import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { StartupError } from "./shared/errors";
import { projectRoot } from "./shared/project-root";

/**
 * Every setting the program reads from the environment, checked in one place.
 * `.env.example` documents each one; keep the two in step.
 */
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const size = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kKmMgG]?$/, "a size such as 512m or 2g")
    .default(fallback);
const optionalText = z.string().trim().min(1).optional();
const wholeNumber = (fallback: number, what: string) =>
  z.coerce.number({ error: what }).int(what).min(0, what).default(fallback);
const UNIT_BYTES: Record<string, number> = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };
/** A `size` ("64m") in bytes. */
function bytesOf(text: string): number {
  const [, digits, unit] = /^(\d+)([kmg]?)$/i.exec(text) ?? ["", "0", ""];
  return Number(digits) * UNIT_BYTES[unit.toLowerCase()];
}

const settingsSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      "a Neo4j URI such as neo4j://host:7687 or neo4j+s://xxx.databases.neo4j.io",
    )
    .optional(),
  NEO4J_USERNAME: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_HOME: z.string().min(1).default(".data/neo4j"),
  NEO4J_BOLT_PORT: port(0),
  NEO4J_PAGECACHE: size("1g"),
  NEO4J_HEAP: size("2g"),
  NEO4J_QUERY_TIMEOUT_MS: positiveInt(15_000),
  PORT: port(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  CORS_ORIGINS: z.string().default(""),
  SEED_ON_START: z.enum(["auto", "always", "never"]).default("auto"),
  MAX_QUERY_DEPTH: positiveInt(12),
  MAX_QUERY_COMPLEXITY: positiveInt(10_000),
  TODAY: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}$/,
      'a day written 2026-12-01 (it pins what "today" means, for tests and reproducible answers)',
    )
    .optional(),
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  RESPONSE_CACHE_SIZE: size("64m").refine(
    (text) => bytesOf(text) > 0,
    "a size above 0 such as 64m (RESPONSE_CACHE=off turns the cache off)",
  ),
  REVISION_CHECK_INTERVAL_MS: wholeNumber(1_000, "a whole number of milliseconds, 0 or more (0: on every request)"),
  HTTP_CACHE_MAX_AGE_S: wholeNumber(5, "a whole number of seconds, 0 or more"),
  API_KEYS: z
    .string()
    .regex(
      /^([^:,\s]+:[0-9a-f]{64})(,[^:,\s]+:[0-9a-f]{64})*$/,
      "holder:sha256-hex pairs separated by commas (npm run apikey -- NAME makes one)",
    )
    .optional(),
  RATE_LIMIT_MUTATIONS: z.coerce.number().int().positive().optional(),
  RATE_LIMIT_EXPENSIVE_READS: z.coerce.number().int().positive().optional(),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(60),
});

export type Settings = z.infer<typeof settingsSchema>;

export interface Config {
  neo4j: {
    /** Unset: start the embedded server. */
    uri?: string;
    username: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
  };
  embedded: { home: string; boltPort: number; pageCache: string; heap: string };
  http: { port: number; host: string; corsOrigins: string[] };
  logLevel: (typeof LOG_LEVELS)[number];
  seedOnStart: "auto" | "always" | "never";
  limits: { maxDepth: number; maxComplexity: number };
  /** SHA-256 (hex) of each API key, mapped to its holder's name; keys themselves are never stored. */
  apiKeyHashes: Map<string, string>;
  /** Today as "YYYY-MM-DD": the default `asOf`, and what `Position.current` is judged against. */
  today: () => string;
  /** The response cache and HTTP validators (src/server/cache). */
  cache: {
    /** Off: no answers are kept in memory; ETags, 304s and max-age still apply. */
    enabled: boolean;
    maxBytes: number;
    /** How often the revision is read from the database at most; 0: on every request. */
    revisionIntervalMs: number;
    /** `Cache-Control: max-age` on GET and persisted-query answers, in seconds. */
    maxAgeSeconds: number;
  };
  /** Requests allowed per window; an unset limit is off (the benchmark, load test and soak run without). */
  rateLimits: { mutationsPerKey?: number; expensiveReadsPerAddress?: number; windowMs: number };
}

/** The UTC calendar day, or the day TODAY pins. */
export const clock = (pinned?: string) => () => pinned ?? new Date().toISOString().slice(0, 10);

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const envFile = path.join(projectRoot, ".env");
  // Values already in the environment win over the file.
  if (env === process.env && fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const present = Object.fromEntries(
    Object.keys(settingsSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== "")
      .map((key) => [key, env[key]]),
  );
  const parsed = settingsSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0]);
    throw new StartupError(
      `Setting ${key}="${env[key]}" is not valid: expected ${issue.message}. Fix it in the environment or in .env (see .env.example).`,
    );
  }
  const s = parsed.data;
  return {
    neo4j: {
      uri: optionalText.parse(s.NEO4J_URI),
      username: s.NEO4J_USERNAME,
      password: s.NEO4J_PASSWORD,
      database: s.NEO4J_DATABASE,
      queryTimeoutMs: s.NEO4J_QUERY_TIMEOUT_MS,
    },
    embedded: { home: s.NEO4J_HOME, boltPort: s.NEO4J_BOLT_PORT, pageCache: s.NEO4J_PAGECACHE, heap: s.NEO4J_HEAP },
    http: {
      port: s.PORT,
      host: s.HOST,
      corsOrigins: s.CORS_ORIGINS.split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    },
    logLevel: s.LOG_LEVEL,
    seedOnStart: s.SEED_ON_START,
    limits: { maxDepth: s.MAX_QUERY_DEPTH, maxComplexity: s.MAX_QUERY_COMPLEXITY },
    today: clock(s.TODAY),
    cache: {
      enabled: s.RESPONSE_CACHE === "on",
      maxBytes: bytesOf(s.RESPONSE_CACHE_SIZE),
      revisionIntervalMs: s.REVISION_CHECK_INTERVAL_MS,
      maxAgeSeconds: s.HTTP_CACHE_MAX_AGE_S,
    },
    rateLimits: {
      mutationsPerKey: s.RATE_LIMIT_MUTATIONS,
      expensiveReadsPerAddress: s.RATE_LIMIT_EXPENSIVE_READS,
      windowMs: s.RATE_LIMIT_WINDOW_SECONDS * 1000,
    },
    apiKeyHashes: new Map(
      (s.API_KEYS ? s.API_KEYS.split(",") : []).map((pair) => {
        const [holder, hash] = pair.split(":");
        return [hash, holder] as const;
      }),
    ),
  };
}
