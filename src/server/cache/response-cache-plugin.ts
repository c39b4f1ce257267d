import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import { LRUCache } from "lru-cache";
import { Counter, Gauge, type Registry } from "prom-client";
import type { ApiContext } from "../../api/context";
import type { Config } from "../../config";
import type { Gateway } from "../../db/Gateway";
import { cacheKey, etagOf, matchesEtag } from "./cache-key";
import { RevisionReader } from "./RevisionReader";

export type ResponseCacheSettings = Config["cache"];

/** A read's answer, as cached: only `data`, since an answer with errors is never kept. */
type Entry = { data: Record<string, unknown> };

/**
 * Read answers cached in memory, keyed by the data revision (read from the database, so every
 * replica agrees), the normalised document, the variables and the day an absent `asOf` stands
 * for; and HTTP validators (ETag, If-None-Match → 304, max-age) for GET and persisted queries.
 *
 * Why not @apollo/server-plugin-response-cache: it keeps an answer for the `maxAge` of its
 * cache hints and expires it by time, where here an answer is true until the revision moves;
 * and it cannot answer 304 before running the query, nor report the cache's size.
 *
 * It runs at `responseForOperation`, after `didResolveOperation`, so a request over the cost
 * limit is refused before it reaches the cache. Only queries are cached; a mutation makes this
 * server read the revision again on its next request.
 */
export function responseCachePlugin(
  gateway: Gateway,
  settings: ResponseCacheSettings,
  registry: Registry,
): ApolloServerPlugin<ApiContext> {
  const revisions = new RevisionReader(gateway, settings.revisionIntervalMs);
  const store = settings.enabled
    ? new LRUCache<string, Entry>({ maxSize: settings.maxBytes, sizeCalculation: sizeOf })
    : undefined;
  const metrics = cacheMetrics(registry, store);
  let currentRevision: number | undefined;
  /** Misses being run now: the same request arriving meanwhile waits for the first (no herd). */
  const running = new Map<string, Promise<Entry | undefined>>();

  return {
    async requestDidStart({ request }) {
      /** A miss this request runs: where to keep its answer, and who waits for it. */
      let miss: { storeKey: string; settle?: (entry: Entry | undefined) => void } | undefined;
      let notModified = false;
      return {
        async responseForOperation(context) {
          if (context.operation.operation !== "query") return null;
          // Without the revision nothing can be served safely: the query runs, and fails or not on its own.
          const revision = await revisions.current().catch(() => undefined);
          if (revision === undefined) return null;
          metrics.revision.set(revision);
          // Answers read at another revision can never be served again: free their memory now.
          if (revision !== currentRevision) {
            store?.clear();
            currentRevision = revision;
          }
          const key = cacheKey({
            document: context.document,
            operationName: request.operationName,
            variables: request.variables,
            today: context.contextValue.today,
          });
          if (wantsValidators(context)) {
            const etag = etagOf(revision, key);
            const headers = context.response.http.headers;
            headers.set("etag", etag);
            // Apollo's cache-control plugin leaves alone a header in a form it does not write itself.
            headers.set("cache-control", `public, max-age=${settings.maxAgeSeconds}`);
            if (matchesEtag(request.http?.headers.get("if-none-match"), etag)) {
              metrics.notModified.inc();
              notModified = true;
              return { http: { status: 304, headers: new HeaderMap() }, body: { kind: "single", singleResult: {} } };
            }
          }
          if (!store) return null;
          const storeKey = `${revision}:${key}`;
          // A request that waited for the same miss and got its answer counts as a hit; if that
          // one failed, this request runs on its own.
          const hit = store.get(storeKey) ?? (await running.get(storeKey));
          if (hit) {
            metrics.hits.inc();
            return { http: { headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: hit.data } } };
          }
          metrics.misses.inc();
          miss = { storeKey };
          if (!running.has(storeKey)) {
            running.set(storeKey, new Promise((resolve) => (miss!.settle = resolve)));
          }
          return null;
        },
        async willSendResponse({ response, operation }) {
          if (operation?.operation === "mutation") revisions.changed();
          if (notModified) return;
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const failed = !result?.data || (result.errors?.length ?? 0) > 0;
          const entry = failed ? undefined : { data: result!.data! };
          if (miss) {
            if (entry) store?.set(miss.storeKey, entry);
            if (miss.settle) {
              miss.settle(entry);
              running.delete(miss.storeKey);
            }
          }
          if (failed) {
            // An error is never cached: not here, nor by a browser or a proxy.
            response.http.headers.delete("etag");
            if (response.http.headers.has("cache-control")) response.http.headers.set("cache-control", "no-store");
          }
        },
      };
    },
  };
}

/** ETags and max-age only where HTTP caches can use them: GET requests and persisted queries. */
function wantsValidators(context: GraphQLRequestContext<ApiContext>): boolean {
  return context.request.http?.method === "GET" || context.request.extensions?.persistedQuery !== undefined;
}

/** An entry's weight for the LRU's bound: the length of its JSON (close to its bytes on the wire). */
function sizeOf(entry: Entry): number {
  return Math.max(1, JSON.stringify(entry.data).length);
}

function cacheMetrics(registry: Registry, store?: LRUCache<string, Entry>) {
  return {
    hits: new Counter({
      name: "graphql_response_cache_hits_total",
      help: "Queries answered from the response cache",
      registers: [registry],
    }),
    misses: new Counter({
      name: "graphql_response_cache_misses_total",
      help: "Queries the response cache did not hold (then run, and kept unless they failed)",
      registers: [registry],
    }),
    notModified: new Counter({
      name: "graphql_response_cache_not_modified_total",
      help: "GET and persisted queries answered 304 Not Modified (If-None-Match named the ETag)",
      registers: [registry],
    }),
    revision: new Gauge({
      name: "graphql_data_revision",
      help: "The data revision this server last read from the database",
      registers: [registry],
    }),
    entries: new Gauge({
      name: "graphql_response_cache_entries",
      help: "Answers held in the response cache",
      registers: [registry],
      collect() {
        this.set(store?.size ?? 0);
      },
    }),
    bytes: new Gauge({
      name: "graphql_response_cache_bytes",
      help: "Approximate size of the answers held (their JSON length), bounded by RESPONSE_CACHE_SIZE",
      registers: [registry],
      collect() {
        this.set(store?.calculatedSize ?? 0);
      },
    }),
  };
}
