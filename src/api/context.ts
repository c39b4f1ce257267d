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
  /** The server's cache of party graphs (centrality, blocs, alignment), shared across requests. */
  partyGraphs: PartyGraphCache;
  /** A loader made once per request under `key` (loaders that depend on arguments). */
  loaderFor<T>(key: string, make: () => T): T;
}

export function createContext(
  gateway: Gateway,
  requestId = "none",
  editor?: string,
  today = new Date().toISOString().slice(0, 10),
  partyGraphs: PartyGraphCache = new PartyGraphCache(gateway),
): ApiContext {
  const statements: string[] = [];
  const counted = gateway.observed({ onStatement: (name) => statements.push(name) });
  const made = new Map<string, unknown>();
  return {
    gateway: counted,
    loaders: createLoaders(counted),
    statements,
    requestId,
    editor,
    today,
    partyGraphs,
    loaderFor<T>(key: string, make: () => T): T {
      if (!made.has(key)) made.set(key, make());
      return made.get(key) as T;
    },
  };
}
