import fs from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import depthLimit from "graphql-depth-limit";
import type { Logger } from "pino";
import { buildApiSchema } from "../api/build-schema";
import { createContext, type ApiContext } from "../api/context";
import { PartyGraphCache } from "../api/party-graph";
import { exportRouter } from "../export/export-http";
import type { Gateway } from "../db/Gateway";
import { projectRoot } from "../shared/project-root";
import { editorOf } from "./api-keys";
import { noStoreByDefault } from "./cache/no-store-by-default";
import { responseCachePlugin, type ResponseCacheSettings } from "./cache/response-cache-plugin";
import { formatError } from "./format-error";
import { graphqlHandler, withRequestId } from "./graphql-handler";
import { graphqlPostFirst, sendJson, type Step } from "./graphql-post";
import { queryLimitsPlugin } from "./limits/query-limits-plugin";
import { createMetrics } from "./metrics";
import { rateLimits, type RateLimitSettings } from "./rate-limits";
import { requestLog } from "./request-log";

export interface AppOptions {
  gateway: Gateway;
  log: Logger;
  corsOrigins: string[];
  limits: { maxDepth: number; maxComplexity: number };
  /** SHA-256 of each API key, to its holder; edits need a key, reads do not. */
  apiKeyHashes: ReadonlyMap<string, string>;
  /** Today as "YYYY-MM-DD" (see the TODAY setting); the UTC day by default. */
  today?: () => string;
  /** Fetch each root field's selection in one compiled statement (default); tests compare both paths. */
  compileSelections?: boolean;
  /** "auto" (default): GDS when the server has it, else graphology in process; tests force one. */
  analyticsEngine?: "auto" | "gds" | "graphology";
  /** The response cache and HTTP validators (src/server/cache); absent: neither (scripts, most tests). */
  cache?: ResponseCacheSettings;
  /** Requests per client allowed in a window (src/server/rate-limits.ts); unset: no limit. */
  rateLimits?: RateLimitSettings;
  /** Tests read the statements each request ran. */
  onRequestDone?: (context: ApiContext) => void;
}

const GRAPHIQL_DIR = path.join(projectRoot, "dist", "web", "graphiql");
const EXPLORER_DIR = path.join(projectRoot, "dist", "web", "explorer");
const HEALTH_TIMEOUT_MS = 2_000;
const BODY_LIMIT = "1mb";

/** The HTTP server: GraphQL (and GraphiQL for browsers) at /graphql, /health and /metrics. */
export async function createApp(options: AppOptions) {
  const { limits } = options;
  const metrics = createMetrics();
  const gateway = options.gateway.observed({
    onStatement: metrics.statementStarted,
    onStatementDone: metrics.statementDone,
  });
  const partyGraphs = new PartyGraphCache(gateway, { engine: options.analyticsEngine });
  const limited = rateLimits(options.rateLimits ?? { windowMs: 60_000 });
  const app = express();
  // Its request listener, set once the app is built: POST /graphql first, everything else to express.
  const httpServer = http.createServer();
  // Clients with a keep-alive pool (undici's fetch keeps idle sockets 4 s, browsers and proxies
  // longer) must close an idle socket before the server does, or a request sent on it as the
  // server closes it fails with ECONNRESET: the soak saw exactly that with Node's 5 s default.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    includeStacktraceInErrorResponses: false,
    // Apollo turns introspection off when NODE_ENV is production (npm start): GraphiQL, the
    // Explorer's codegen and API clients read the schema, which is public anyway (schema/).
    introspection: true,
    validationRules: [depthLimit(limits.maxDepth)],
    formatError: (formatted, error) =>
      formatError(formatted, error, (e) => options.log.error({ err: e }, "unexpected error in a GraphQL request")),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(limits.maxComplexity),
      ...(options.cache ? [responseCachePlugin(gateway, options.cache, metrics.registry)] : []),
      noStoreByDefault(),
      {
        async requestDidStart() {
          const started = process.hrtime.bigint();
          metrics.requestStarted();
          return {
            async willSendResponse({ response, contextValue, operationName }) {
              const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
              if (errors?.length && response.body.kind === "single")
                response.body.singleResult.errors = withRequestId(errors, contextValue.requestId);
              metrics.requestDone(
                operationName ?? "anonymous",
                Number(process.hrtime.bigint() - started) / 1e9,
                Boolean(errors?.length),
              );
              options.onRequestDone?.(contextValue);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  // Express would hash every answer it sends into a weak ETag (SHA-1 over the whole body: 187 KB
  // for a page of 100), even a POST marked no-store. HTTP validators are the response cache's
  // (src/server/cache): GET and persisted queries only. Static files keep theirs (serve-static).
  app.set("etag", false);
  const logRequest = requestLog(options.log);
  app.use(logRequest);
  app.get("/health", async (_req, res) => {
    try {
      const rows = await Promise.race([
        gateway.read("admin/health"),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), HEALTH_TIMEOUT_MS)),
      ]);
      res.json({ status: "ok", neo4j: rows[0]?.version, edition: rows[0]?.edition });
    } catch {
      res.status(503).json({ status: "unavailable", message: "Neo4j does not answer." });
    }
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // Exports for Gephi, R, pandas and linked data (src/export/): streamed, never held in memory.
  app.use(
    "/export",
    limited.exports,
    exportRouter(gateway, (error) => options.log.error({ err: error }, "an export failed")),
  );

  // The Explorer (web/explorer, bundled offline by scripts/build-web.mjs): the page at /, its files under
  // /explorer/assets. It only calls POST /graphql on this origin; the policy forbids any other host.
  app.use("/explorer/assets", express.static(path.join(EXPLORER_DIR, "assets"), { fallthrough: false, index: false }));
  app.get("/", (_req, res) => {
    const page = path.join(EXPLORER_DIR, "index.html");
    if (!fs.existsSync(page))
      return void res
        .status(404)
        .type("text/plain")
        .send("The Explorer is not built: run `node scripts/build-web.mjs`.\n");
    res.setHeader(
      "content-security-policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    res.sendFile(page);
  });

  // GraphiQL for browsers (bundled offline by scripts/build-web.mjs); API clients get JSON.
  // Express 5 routes ignore a trailing slash, so this route also sees /graphql itself.
  app.get("/graphql/", (req, res, next) =>
    req.originalUrl.split("?")[0].endsWith("/") ? res.redirect(301, "/graphql") : next(),
  );
  app.use("/graphql/assets", express.static(path.join(GRAPHIQL_DIR, "assets"), { fallthrough: false }));
  app.get("/graphql", (req, res, next) => {
    const wantsHtml =
      req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
    const page = path.join(GRAPHIQL_DIR, "index.html");
    if (wantsHtml && fs.existsSync(page)) res.sendFile(page);
    else next();
  });
  const graphqlCors = cors({ origin: options.corsOrigins.length > 0 ? options.corsOrigins : false });
  const graphqlBody: Step = express.json({ limit: BODY_LIMIT });
  const answerGraphql = graphqlHandler(
    apollo,
    async (req) =>
      createContext(gateway, {
        requestId: String(req.id),
        editor: editorOf(req.headers.authorization, options.apiKeyHashes),
        today: options.today?.(),
        compile: options.compileSelections ?? true,
        debug: (message, details) => options.log.debug({ requestId: String(req.id), ...details }, message),
        partyGraphs,
      }),
    (req) => String(req.id),
  );
  const answerError = httpErrorAnswer(options.log);
  app.use("/graphql", graphqlCors, graphqlBody, limited.graphql, answerGraphql);
  app.use(((error, req, res, _next) => answerError(error, req, res)) as ErrorRequestHandler);
  // POST /graphql skips express, with the same steps, unless rate limits are set: the limiter is
  // express's (it reads req.ip and answers through res.status().json()).
  httpServer.on(
    "request",
    limited.perClient ? app : graphqlPostFirst([logRequest, graphqlCors, graphqlBody, answerGraphql], answerError, app),
  );
  return { app, httpServer, apollo, metrics, partyGraphs };
}

/** Errors before GraphQL (a body too large, bad JSON): a coded JSON answer, never a stack trace. */
function httpErrorAnswer(log: Logger) {
  return (error: unknown, req: IncomingMessage & { id?: unknown }, res: ServerResponse) => {
    const given = (error as { status?: unknown } | null)?.status;
    const status = typeof given === "number" && given < 500 ? given : 500;
    const message =
      status === 413
        ? `The request body is over the limit of ${BODY_LIMIT}.`
        : status === 400
          ? "The request body is not valid JSON."
          : status === 404
            ? "Not found."
            : "Internal server error";
    if (status >= 500) log.error({ err: error }, "unexpected HTTP error");
    sendJson(res, status, {
      errors: [
        {
          message,
          extensions: { code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_USER_INPUT", requestId: String(req.id) },
        },
      ],
    });
  };
}
