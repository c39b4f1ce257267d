import type { Gateway } from "../db/Gateway";
import { createLoaders, type Loaders } from "./loaders";
import { PartyGraphCache } from "./party-graph";

/** What every resolver of one request shares: its loaders, and the statements it ran. */
export interface ApiContext {
  gateway: Gateway;
  loaders: Loaders;
  statements: string[];
  /** Also in the response's `x-request-id` header, in logs and in error responses. */
  requestId: string;
  /** The holder of the API key the request carried; edits need one. */
  editor?: string;
  /** Today for this request ("YYYY-MM-DD"): the day an absent `asOf` stands for. */
  today: string;
  /** Fetch a root field's whole selection in one compiled statement where it can (src/api/compile). */
  compile: boolean;
  /** A debug log line (which fields fell back to their own statements, and why). */
  debug: (message: string, details?: Record<string, unknown>) => void;
  /** The server's cache of party graphs (centrality, blocs, alignment), shared across requests. */
  partyGraphs: PartyGraphCache;
  /** A loader made once per request under `key` (loaders that depend on arguments). */
  loaderFor<T>(key: string, make: () => T): T;
}

export interface ContextOptions {
  requestId?: string;
  editor?: string;
  today?: string;
  compile?: boolean;
  debug?: ApiContext["debug"];
  /** The server's cache (one per server); a new one when absent (scripts, tests of one request). */
  partyGraphs?: PartyGraphCache;
}

export function createContext(gateway: Gateway, options: ContextOptions = {}): ApiContext {
  const statements: string[] = [];
  const counted = gateway.observed({ onStatement: (name) => statements.push(name) });
  const made = new Map<string, unknown>();
  return {
    gateway: counted,
    loaders: createLoaders(counted),
    statements,
    requestId: options.requestId ?? "none",
    editor: options.editor,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    compile: options.compile ?? true,
    debug: options.debug ?? (() => undefined),
    partyGraphs: options.partyGraphs ?? new PartyGraphCache(gateway),
    loaderFor<T>(key: string, make: () => T): T {
      if (!made.has(key)) made.set(key, make());
      return made.get(key) as T;
    },
  };
}
