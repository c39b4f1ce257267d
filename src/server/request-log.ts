import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { Step } from "./graphql-post";

/** The request's id: the client's X-Request-Id (at most 100 characters) or a new UUID, echoed back. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const id = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
  res.setHeader("x-request-id", id);
  return id;
}

/**
 * Gives every request its id (`req.id`, for errors and logs) and, when the log level shows info
 * lines, one log line per request (pino-http). Below info those lines would be dropped anyway, so
 * pino-http's per-request child logger and listeners are not set up at all.
 */
export function requestLog(log: Logger): Step {
  if (log.isLevelEnabled("info")) return pinoHttp({ logger: log, genReqId: requestId });
  return (req, res, next) => {
    (req as IncomingMessage & { id: string }).id = requestId(req, res);
    next();
  };
}
