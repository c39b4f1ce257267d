import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { buildApiSchema } from "../api/build-schema";
import { printApiSchema } from "../api/print-schema";
import { projectRoot } from "../shared/project-root";

const target = path.join(projectRoot, "schema", "schema.graphql");
buildApiSchema().then((schema) => {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, printApiSchema(schema));
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
});
