import type { Driver, ResultSummary } from "neo4j-driver";

/** One statement a server sent, with its database hits when profiled. */
export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
}

/** Total database hits of a PROFILE plan. */
export function dbHitsOf(summary: ResultSummary): number {
  const walk = (plan: { dbHits: number; children: unknown[] } | false | undefined): number =>
    plan ? plan.dbHits + plan.children.reduce<number>((sum, child) => sum + walk(child as typeof plan), 0) : 0;
  return walk(summary.profile as never);
}

/**
 * A driver that records every statement sent through it, by `executeQuery` (the project's
 * Gateway's writes), `session().run()` (the Gateway's auto-commit reads) or by
 * `session().executeRead(tx => tx.run())` (@neo4j/graphql's executor). With
 * `profile` on, each statement runs under PROFILE and its database hits are recorded; the
 * records are the same, so the servers behave as usual.
 */
export function recordingDriver(driver: Driver) {
  const state = { profile: false, statements: [] as RecordedStatement[] };
  const rewrite = (cypher: string) =>
    state.profile ? `PROFILE ${cypher.replace(/^\s*CYPHER\s+5\s*\n?/i, "")}` : cypher;
  const note = async <T extends { summary: ResultSummary; records: unknown[] }>(
    cypher: string,
    params: Record<string, unknown> | undefined,
    run: (text: string) => Promise<T>,
  ) => {
    const entry: RecordedStatement = { cypher, params: params ?? {} };
    state.statements.push(entry);
    const result = await run(rewrite(cypher));
    if (state.profile) {
      entry.dbHits = dbHitsOf(result.summary);
      entry.rows = result.records.length;
    }
    return result;
  };
  const wrapTx = (tx: any) =>
    new Proxy(tx, {
      get(target, key) {
        if (key === "run") {
          return (cypher: string, params?: Record<string, unknown>) =>
            note(cypher, params, (text) => Promise.resolve(target.run(text, params)) as Promise<any>);
        }
        const value = target[key];
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const wrapSession = (session: any) =>
    new Proxy(session, {
      get(target, key) {
        if (key === "executeRead" || key === "executeWrite") {
          return (work: (tx: unknown) => unknown, config?: unknown) =>
            target[key]((tx: unknown) => work(wrapTx(tx)), config);
        }
        if (key === "run") {
          // The project's reads: one auto-commit statement per session (Gateway.read).
          return (cypher: string, params?: Record<string, unknown>, config?: unknown) =>
            note(cypher, params, (text) => Promise.resolve(target.run(text, params, config)) as Promise<any>);
        }
        const value = target[key];
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const proxy = new Proxy(driver, {
    get(target, key) {
      if (key === "executeQuery") {
        return (cypher: string, params?: Record<string, unknown>, config?: unknown) =>
          note(cypher, params, (text) => (target.executeQuery as any)(text, params, config));
      }
      if (key === "session") return (config?: unknown) => wrapSession((target.session as any)(config));
      const value = (target as any)[key];
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as Driver;
  return {
    driver: proxy,
    /** Starts a new recording; returns what the previous one holds. */
    take(profile = state.profile): RecordedStatement[] {
      const taken = state.statements;
      state.statements = [];
      state.profile = profile;
      return taken;
    },
    set profile(on: boolean) {
      state.profile = on;
    },
  };
}
