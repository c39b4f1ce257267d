import type { Gateway } from "../db/Gateway";
import { createLoaders, type Loaders } from "./loaders";

/** What every resolver of one request shares: its loaders, and the statements it ran. */
export interface ApiContext {
  gateway: Gateway;
  loaders: Loaders;
  statements: string[];
  /** A loader made once per request under `key` (loaders that depend on arguments). */
  loaderFor<T>(key: string, make: () => T): T;
}

export function createContext(gateway: Gateway): ApiContext {
  const statements: string[] = [];
  const counted = gateway.counting((name) => statements.push(name));
  const made = new Map<string, unknown>();
  return {
    gateway: counted,
    loaders: createLoaders(counted),
    statements,
    loaderFor<T>(key: string, make: () => T): T {
      if (!made.has(key)) made.set(key, make());
      return made.get(key) as T;
    },
  };
}
