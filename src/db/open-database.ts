import type { Driver } from "neo4j-driver";
import type { Config } from "../config";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../embedded/start-embedded-neo4j";
import { loadCypherCatalog } from "./cypher-catalog";
import { createDriver } from "./create-driver";
import { Gateway } from "./Gateway";

export interface Database {
  driver: Driver;
  gateway: Gateway;
  catalog: ReadonlyMap<string, string>;
  uri: string;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

/** The server named by NEO4J_URI, or else the embedded one, started here in NEO4J_HOME. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const catalog = loadCypherCatalog();
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({ ...config.embedded, log });
    uri = embedded.uri;
  }
  let driver: Driver;
  try {
    driver = await createDriver({ uri, username: config.neo4j.username, password: config.neo4j.password });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const gateway = new Gateway(driver, {
    database: config.neo4j.database,
    catalog,
    readTimeoutMs: config.neo4j.queryTimeoutMs,
  });
  return {
    driver,
    gateway,
    catalog,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
