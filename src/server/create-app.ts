import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import http from "node:http";
import type { Logger } from "pino";
import { buildApiSchema } from "../api/build-schema";
import { createContext, type ApiContext } from "../api/context";
import type { Gateway } from "../db/Gateway";
import { projectRoot } from "../shared/project-root";
import { formatError } from "./format-error";

export interface AppOptions {
  gateway: Gateway;
  log: Logger;
  corsOrigins: string[];
  /** Tests read the statements each request ran. */
  onRequestDone?: (context: ApiContext) => void;
}

const GRAPHIQL_DIR = path.join(projectRoot, "dist", "web", "graphiql");
const HEALTH_TIMEOUT_MS = 2_000;

/** The HTTP server: GraphQL (and GraphiQL for browsers) at /graphql, and /health. */
export async function createApp(options: AppOptions) {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, (e) => options.log.error({ err: e }, "unexpected error in a GraphQL request")),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              options.onRequestDone?.(contextValue);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.get("/health", async (_req, res) => {
    try {
      const rows = await Promise.race([
        options.gateway.read("admin/health"),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), HEALTH_TIMEOUT_MS)),
      ]);
      res.json({ status: "ok", neo4j: rows[0]?.version, edition: rows[0]?.edition });
    } catch {
      res.status(503).json({ status: "unavailable", message: "Neo4j does not answer." });
    }
  });

  // GraphiQL for browsers (bundled offline by scripts/build-web.mjs); API clients get JSON.
  app.get("/graphql/", (_req, res) => res.redirect(301, "/graphql"));
  app.use("/graphql/assets", express.static(path.join(GRAPHIQL_DIR, "assets"), { fallthrough: false }));
  app.get("/graphql", (req, res, next) => {
    const wantsHtml = req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
    const page = path.join(GRAPHIQL_DIR, "index.html");
    if (wantsHtml && fs.existsSync(page)) res.sendFile(page);
    else next();
  });
  app.use(
    "/graphql",
    cors({ origin: options.corsOrigins.length > 0 ? options.corsOrigins : false }),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => createContext(options.gateway) }),
  );
  return { app, httpServer, apollo };
}
