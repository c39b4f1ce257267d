import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, rateLimit, type Options } from "express-rate-limit";
import { LRUCache } from "lru-cache";
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import type { Config } from "../config";
import { hashApiKey } from "./api-keys";

export type RateLimitSettings = Config["rateLimits"];

/** Root query fields whose cost grows with the graph, not with the page asked for. */
const EXPENSIVE_ROOT_FIELDS = new Set([
  "shortestPaths",
  "network",
  "commonGround",
  "timeline",
  "centrality",
  "blocs",
  "alignment",
  "alignmentMatrix",
]);

type RequestKind = "mutation" | "expensive" | "other";

/**
 * Bounds what one client can make the server do: mutations per API key (per address for a request
 * without one, which the API refuses anyway), and expensive reads (traversals, analytics, exports)
 * per client address. Every other request passes untouched, and a limit left unset adds nothing.
 */
export function rateLimits(settings: RateLimitSettings): {
  graphql: RequestHandler;
  exports: RequestHandler;
  /** Whether any limit is set (each then counts per client, from express's req.ip). */
  perClient: boolean;
} {
  const pass: RequestHandler = (_req, _res, next) => next();
  const mutations =
    settings.mutationsPerKey === undefined
      ? pass
      : limiter(settings.mutationsPerKey, settings.windowMs, "mutations from this API key", (req) => {
          const key = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
          return key ? `key:${hashApiKey(key)}` : addressOf(req);
        });
  const expensive =
    settings.expensiveReadsPerAddress === undefined
      ? pass
      : limiter(
          settings.expensiveReadsPerAddress,
          settings.windowMs,
          "traversals, analytics and exports from this address",
          addressOf,
        );
  if (mutations === pass && expensive === pass) return { graphql: pass, exports: pass, perClient: false };
  const kinds = new LRUCache<string, RequestKind>({ max: KNOWN_QUERIES });
  return {
    graphql: (req, res, next) => {
      const kind = kindOf(req, kinds);
      if (kind === "mutation") return mutations(req, res, next);
      if (kind === "expensive") return expensive(req, res, next);
      next();
    },
    exports: expensive,
    perClient: true,
  };
}

/** Queries whose kind is remembered, so that a dashboard's repeated request is parsed once here. */
const KNOWN_QUERIES = 1_000;

function limiter(limit: number, windowMs: number, what: string, key: (req: Request) => string): RequestHandler {
  const windowSeconds = Math.round(windowMs / 1000);
  const handler: Options["handler"] = (req, res) => {
    const retryAfterSeconds = Number(res.getHeader("retry-after")) || windowSeconds;
    res.status(429).json({
      errors: [
        {
          message: `Too many ${what}: the limit is ${limit} in ${windowSeconds} s. Retry after ${retryAfterSeconds} s.`,
          extensions: { code: "RATE_LIMITED", limit, windowSeconds, retryAfterSeconds, requestId: String(req.id) },
        },
      ],
    });
  };
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: key,
    handler,
  });
}

/** The client's address, IPv6 grouped by /56 so that one host cannot dodge the limit by address. */
const addressOf = (req: Request) => `ip:${ipKeyGenerator(req.ip ?? "unknown")}`;

/** What a GraphQL request over HTTP will run; one that does not parse is Apollo's to refuse. */
export function kindOf(req: Request, known: LRUCache<string, RequestKind>): RequestKind {
  const params = (req.method === "GET" ? req.query : req.body) as Record<string, unknown> | undefined;
  if (typeof params?.query !== "string") return "other";
  const operationName = typeof params.operationName === "string" ? params.operationName : undefined;
  const key = `${operationName ?? ""}\n${params.query}`;
  const remembered = known.get(key);
  if (remembered) return remembered;
  const kind = kindOfQuery(params.query, operationName);
  known.set(key, kind);
  return kind;
}

function kindOfQuery(query: string, operationName: string | undefined): RequestKind {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return "other";
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName !== undefined
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation) return "other";
  if (operation.operation === "mutation") return "mutation";
  return rootFields(operation.selectionSet, document).some((name) => EXPENSIVE_ROOT_FIELDS.has(name))
    ? "expensive"
    : "other";
}

/** The root field names a selection asks for, through fragments (each fragment visited once). */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, document, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootFields(fragment.selectionSet, document, seen) : [];
  });
}
