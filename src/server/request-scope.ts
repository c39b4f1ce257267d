import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestHandler } from "express";

/**
 * The id of the HTTP request being served, wherever the code runs while serving it. Apollo formats
 * its own errors (CSRF refusals, a body that is not a GraphQL request) before any plugin or context
 * exists, so `formatError` finds the id here rather than in the request's context.
 */
const scope = new AsyncLocalStorage<string>();

/** Runs the rest of the chain inside the request's scope; goes after pino-http, which sets `req.id`. */
export const requestScope: RequestHandler = (req, _res, next) => scope.run(String(req.id), next);

/** The current request's id, or undefined outside a request. */
export const currentRequestId = (): string | undefined => scope.getStore();
