import neo4j, { Driver, ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from "neo4j-driver";
import { AppError, unavailable } from "../shared/errors";
import { toPlain } from "./to-plain";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A row Neo4j encoded as JSON (`RETURN apoc.convert.toJson(...) AS json`). */
const jsonRow = (record: Neo4jRecord) => JSON.parse(record.get("json") as string) as Row;

/** A transaction handle that runs catalog statements by name. */
export interface StatementRunner {
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface GatewayOptions {
  database: string;
  catalog: ReadonlyMap<string, string>;
  /** Server-side limit on API reads, so that no query runs forever. */
  readTimeoutMs: number;
  /** Called once per statement, as it is sent; tests count with it. */
  onStatement?: (name: string) => void;
  /** Told when each statement ends, with its duration and error: metrics listen here. */
  onStatementDone?: (name: string, seconds: number, error?: unknown) => void;
}

/**
 * The one way to the database: runs named statements from `cypher/` with parameters, in read
 * or write mode, always naming the database, and turns driver values and errors into ours.
 */
export class Gateway {
  constructor(
    private readonly driver: Driver,
    private readonly options: GatewayOptions,
  ) {}

  /** The same gateway, also reporting each statement to these hooks (requests count, metrics time). */
  observed(hooks: Pick<GatewayOptions, "onStatement" | "onStatementDone">): Gateway {
    const { onStatement, onStatementDone } = this.options;
    return new Gateway(this.driver, {
      ...this.options,
      onStatement: (name) => {
        onStatement?.(name);
        hooks.onStatement?.(name);
      },
      onStatementDone: (name, seconds, error) => {
        onStatementDone?.(name, seconds, error);
        hooks.onStatementDone?.(name, seconds, error);
      },
    });
  }

  get database(): string {
    return this.options.database;
  }

  /**
   * An API read: one auto-commit statement (half the round trips of a managed transaction) in a
   * READ session, so a cluster may answer from a replica, with the read timeout. The session
   * shares executeQuery's bookmark manager, so a read still sees the writes made before it.
   */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readText(name, this.statement(name), params);
  }

  /**
   * A read composed from fragments of `cypher/fragments/` (src/api/compile): `name` labels it in
   * metrics and statement counts; its values still travel as parameters only.
   */
  async readComposed(name: string, text: string, params: Params = {}): Promise<Row[]> {
    this.options.onStatement?.(name);
    return this.readText(name, text, params);
  }

  /**
   * A composed read whose rows Neo4j encodes as JSON (`RETURN apoc.convert.toJson(...) AS json`):
   * one string per row instead of nested Bolt maps, which the driver decodes value by value at
   * several times the cost (dates come as "YYYY-MM-DD", as toPlain gives them).
   */
  async readComposedJson(name: string, text: string, params: Params = {}): Promise<Row[]> {
    this.options.onStatement?.(name);
    return this.readText(name, text, params, jsonRow);
  }

  /** A statement of `cypher/` whose rows come as JSON, as readComposedJson's do. */
  async readJson(name: string, params: Params = {}): Promise<Row[]> {
    return this.readText(name, this.statement(name), params, jsonRow);
  }

  /** The text of a fragment of `cypher/`, for composing statements. */
  fragment(name: string): string {
    const text = this.options.catalog.get(name);
    if (text === undefined) throw new Error(`No Cypher fragment named "${name}" in cypher/`);
    return text;
  }

  private async readText(
    name: string,
    text: string,
    params: Params,
    decode: (record: Neo4jRecord) => Row = (record) => toPlain(record.toObject()) as Row,
  ): Promise<Row[]> {
    const done = this.timer(name);
    const session = this.readSession();
    try {
      const result = await runWithoutStack(() => session.run(text, params, { timeout: this.options.readTimeoutMs }));
      done();
      return result.records.map(decode);
    } catch (error) {
      done(error);
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private readSession() {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.executeWrite(name, params);
  }

  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  async inWriteTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(this.runnerFor(tx)));
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private runnerFor(tx: ManagedTransaction): StatementRunner {
    return {
      run: async (name, params = {}) => {
        const done = this.timer(name);
        try {
          const result = await tx.run(this.statement(name), params);
          done();
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        } catch (error) {
          done(error);
          throw error;
        }
      },
    };
  }

  /** Starts timing a statement; call the result once it ends. */
  private timer(name: string): (error?: unknown) => void {
    const started = process.hrtime.bigint();
    return (error) => this.options.onStatementDone?.(name, Number(process.hrtime.bigint() - started) / 1e9, error);
  }

  private statement(name: string): string {
    const text = this.options.catalog.get(name);
    if (text === undefined) throw new Error(`No Cypher statement named "${name}" in cypher/`);
    this.options.onStatement?.(name);
    return text;
  }

  private async executeWrite(name: string, params: Params): Promise<Row[]> {
    const text = this.statement(name);
    const done = this.timer(name);
    try {
      const result = await this.driver.executeQuery(text, params, {
        database: this.options.database,
        routing: neo4j.routing.WRITE,
      });
      done();
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      done(error);
      throw mapDriverError(error);
    }
  }
}

/**
 * neo4j-driver records a stack trace for every result it creates (`new Error().stack`, formatted
 * at once), to put it on an error that may come later: 3% of the server's CPU samples under the
 * point lookup (node --cpu-prof). A failed read is still logged with its code, its message and the
 * GraphQL path; only that copy of the calling frames goes. The limit is restored before anything
 * else runs.
 */
function runWithoutStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

export function mapDriverError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith("Neo.TransientError.General.DatabaseUnavailable")) {
    return unavailable("The graph database is not reachable right now; try again in a moment.");
  }
  if (error.code === "Neo.ClientError.Transaction.TransactionTimedOut" || error.code.includes("TransactionTimedOut")) {
    return new AppError(
      "QUERY_TOO_COMPLEX",
      "The query took longer than the server allows; ask for fewer hops, a smaller depth or a smaller page.",
    );
  }
  return error;
}
