// npm install step: fetch the Neo4j jars and build the embedded launcher once.
// Without Java or Maven it only warns: a user with NEO4J_URI needs neither.
import { buildLauncher } from "../src/embedded/build-launcher";
import { StartupError } from "../src/shared/errors";

try {
  buildLauncher();
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.warn(`warning: ${error.message}`);
}
