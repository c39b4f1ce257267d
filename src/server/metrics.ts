import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The Prometheus metrics served at /metrics: one registry per server. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests by operation and outcome",
    labelNames: ["operation", "outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "GraphQL request latency by operation",
    labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const statements = new Histogram({
    name: "neo4j_statement_duration_seconds",
    help: "Cypher statement latency by statement name",
    labelNames: ["statement"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  const neo4jErrors = new Counter({
    name: "neo4j_errors_total",
    help: "Cypher statements that failed, by driver error code",
    labelNames: ["code"],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: "neo4j_statements_in_flight",
    help: "Statements running now (connections in use from the pool)",
    registers: [registry],
  });
  const requestsInFlight = new Gauge({
    name: "graphql_requests_in_flight",
    help: "GraphQL requests being answered now",
    registers: [registry],
  });
  return {
    registry,
    statementStarted: () => inFlight.inc(),
    statementDone(name: string, seconds: number, error?: unknown) {
      inFlight.dec();
      statements.observe({ statement: name }, seconds);
      if (error) neo4jErrors.inc({ code: (error as { code?: string }).code ?? "unknown" });
    },
    requestStarted: () => requestsInFlight.inc(),
    requestDone(operation: string, seconds: number, failed: boolean) {
      requestsInFlight.dec();
      requests.inc({ operation, outcome: failed ? "error" : "ok" });
      duration.observe({ operation }, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
