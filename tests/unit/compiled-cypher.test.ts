import { Kind, parse, type FieldNode, type OperationDefinitionNode } from "graphql";
import { buildApiSchema } from "../../src/api/build-schema";
import { compileSelection } from "../../src/api/compile/compile-selection";
import { fetchCypher } from "../../src/api/compile/fetch-cypher";
import { loadCypherCatalog } from "../../src/db/cypher-catalog";
import { OPERATIONS } from "../../bench/operations";

/** The statements compiled for the benchmark's lookups, pinned so that a change to them is reviewed. */
describe("Compiled statements", () => {
  const catalog = loadCypherCatalog();
  const compile = async (query: string, typeName: string) => {
    const schema = await buildApiSchema();
    const op = parse(query).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    const field = op.selectionSet.selections[0] as FieldNode;
    const { fetch, uncompiled } = compileSelection(schema, typeName, field.selectionSet, {});
    return { text: fetchCypher(["entity-by-id", "root"], fetch, (name) => catalog.get(name)!), uncompiled };
  };
  const probes = { agreement: "x" } as never;

  it.each(["point-lookup", "who-signed"])("pins the statement of the benchmark's %s", async (id) => {
    const operation = OPERATIONS.find((o) => o.id === id)!;
    const { text, uncompiled } = await compile(operation.project(probes).query, "Agreement");
    expect(uncompiled).toEqual([]);
    expect(text).toMatchSnapshot();
  });

  it("keeps every request value out of the text: only $id is a parameter", async () => {
    const { text } = await compile(
      `{ agreement(id: "'}) DETACH DELETE n //") { title signatures { capacity } } }`,
      "Agreement",
    );
    expect(text).not.toContain("DETACH");
    expect(text.match(/\$\w+/g)).toEqual(["$id"]);
  });

  it("names the fields it leaves to their own statements", async () => {
    const { uncompiled } = await compile(
      `{ agreement(id: "x") { title parties { name partners { strength } } } }`,
      "Agreement",
    );
    expect(uncompiled).toEqual(["Country.partners", "Organization.partners"]);
  });
});
