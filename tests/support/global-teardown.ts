import { connectTest } from "./test-neo4j";

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __testNeo4j?: { stop(): Promise<void> } }).__testNeo4j;
  if (embedded) return embedded.stop();
  // An outside TEST_NEO4J_URI was empty before the run: leave it empty again.
  const { driver, gateway } = connectTest(process.env.TEST_NEO4J_URI);
  await gateway.write("admin/erase-all");
  await driver.close();
}
