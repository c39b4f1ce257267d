import { createHash } from "node:crypto";
import { print, type DocumentNode } from "graphql";

export interface CacheKeyParts {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  /** The day an absent `asOf` stands for: an answer may change at midnight with no write. */
  today: string;
}

/**
 * What a read's answer depends on, besides the data revision, as a SHA-256 hex digest. The
 * document is normalised by printing its AST (whitespace, commas and comments do not count);
 * fields, aliases and their order do, since the answer's shape follows them. Variables count
 * whatever the order of their keys.
 */
export function cacheKey(parts: CacheKeyParts): string {
  const text = JSON.stringify([
    print(parts.document),
    parts.operationName ?? null,
    sortedKeys(parts.variables ?? {}),
    parts.today,
  ]);
  return createHash("sha256").update(text).digest("hex");
}

/** The ETag of an answer: the revision it was read at, and its key. */
export function etagOf(revision: number, key: string): string {
  return `"r${revision}-${key.slice(0, 32)}"`;
}

/** Whether an `If-None-Match` header names this ETag (weak or strong, in a list, or `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

/** A copy of a JSON value with every object's keys in order, so that equal variables print alike. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
