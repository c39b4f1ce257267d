// A parent process for the SIGKILL test: starts an embedded Neo4j, prints its URI, then waits.
import { startThrowawayNeo4j } from "./test-neo4j";

startThrowawayNeo4j().then((db) => {
  console.log(db.uri);
  setInterval(() => undefined, 60_000);
});
