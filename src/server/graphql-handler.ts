import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { IncomingMessage, ServerResponse } from "node:http";
import { JSON_TYPE, sendText, type Step } from "./graphql-post";

/** A request after the request id and the JSON body steps (src/server/request-log.ts, body-parser). */
export type GraphqlRequest = IncomingMessage & { id?: unknown; body?: unknown };

/** Every error of an answer, with the request's id that a user can quote and an operator find in the log. */
export const withRequestId = (errors: readonly GraphQLFormattedError[], requestId: string): GraphQLFormattedError[] =>
  errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));

/**
 * Apollo Server on Node's request and response (under express, or first for POST /graphql: see
 * graphql-post.ts), as @as-integrations/express5 runs it, and one thing more: Apollo
 * answers some requests outside its request pipeline (a CSRF refusal, a body that is not a GraphQL
 * request, a context that failed), out of reach of the plugin that stamps the request id on
 * errors; those answers get it here. This replaces an AsyncLocalStorage scope, whose promise hooks
 * on Node 20 took 7% of the server's CPU samples under the page of 100 (node --cpu-prof).
 */
export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: GraphqlRequest, res: ServerResponse) => Promise<Context>,
  requestIdOf: (req: GraphqlRequest) => string,
): Step {
  apollo.assertStarted("graphqlHandler()");
  return async (req: GraphqlRequest, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = req.url ?? "";
      const query = url.indexOf("?");
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? "GET").toUpperCase(),
          headers,
          search: query < 0 ? "" : url.slice(query),
          body: req.body,
        },
        context: () => context(req, res),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      const status = response.status ?? 200;
      if (response.body.kind === "complete") {
        // Answers from outside the pipeline always have an error status: only those are read again.
        const text = status === 200 ? response.body.string : stampErrors(response.body.string, requestIdOf(req));
        return sendText(res, status, JSON_TYPE, text);
      }
      res.statusCode = status;
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      next(error);
    }
  };
}

/** An answer Apollo wrote without a context: its errors get the request id; anything else is left as it is. */
function stampErrors(body: string, requestId: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: GraphQLFormattedError[] };
    if (!Array.isArray(parsed.errors)) return body;
    return `${JSON.stringify({ ...parsed, errors: withRequestId(parsed.errors, requestId) })}\n`;
  } catch {
    return body;
  }
}
