import { statementsUnder } from "./cypher-catalog";
import type { Gateway } from "./Gateway";

/** Creates the constraints and indexes in `cypher/schema/` (each is IF NOT EXISTS), then waits for them. */
export async function applySchema(gateway: Gateway, catalog: ReadonlyMap<string, string>): Promise<number> {
  const names = statementsUnder(catalog, "schema");
  for (const name of names) await gateway.write(name);
  await gateway.write("admin/await-indexes");
  return names.length;
}
