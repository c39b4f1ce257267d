import "reflect-metadata";
import { applySchema } from "../../src/db/apply-schema";
import { seedDatabase, DEFAULT_SEED_DIR } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { connectTest, startThrowawayNeo4j, TEST_URI_VARIABLE } from "./test-neo4j";

/**
 * One Neo4j for the whole run, loaded once with the curated seeds: TEST_NEO4J_URI if given
 * (and empty), otherwise an embedded one in a temporary folder, removed at the end.
 */
export default async function globalSetup(): Promise<void> {
  let uri = process.env.TEST_NEO4J_URI;
  if (!uri) {
    const embedded = await startThrowawayNeo4j();
    (globalThis as { __testNeo4j?: unknown }).__testNeo4j = embedded;
    uri = embedded.uri;
  }
  process.env[TEST_URI_VARIABLE] = uri;
  const { driver, gateway, catalog } = connectTest(uri);
  try {
    const [count] = await gateway.read("admin/count-all");
    if ((count.nodes as number) > 0) {
      throw new Error(
        `TEST_NEO4J_URI ${uri} holds ${count.nodes} nodes; tests only run on an empty database, so they never touch real data.`,
      );
    }
    await applySchema(gateway, catalog);
    const validation = validateSeed([DEFAULT_SEED_DIR]);
    if (!validation.dataset)
      throw new Error(`The seed files are invalid: ${JSON.stringify(validation.problems.slice(0, 3))}`);
    await seedDatabase(gateway, validation);
  } finally {
    await driver.close();
  }
}
