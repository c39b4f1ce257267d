import neo4j, { Driver } from "neo4j-driver";
import { StartupError } from "../shared/errors";

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

/** One driver per process; it verifies the connection so a wrong URI fails at start, in one line. */
export async function createDriver(settings: DriverSettings): Promise<Driver> {
  const auth = settings.password ? neo4j.auth.basic(settings.username, settings.password) : undefined;
  const driver = neo4j.driver(settings.uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
  try {
    await driver.getServerInfo();
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new StartupError(
      `Cannot reach Neo4j at ${settings.uri} (${reason}). Check that the server runs and NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD are right, or unset NEO4J_URI to use the embedded server.`,
    );
  }
  return driver;
}
