import { Kind, parse, type FieldNode, type OperationDefinitionNode } from "graphql";
import { buildApiSchema } from "../../src/api/build-schema";
import { planAggregates } from "../../src/api/compile/aggregates";
import { compileSelection } from "../../src/api/compile/compile-selection";
import { fetchCypher, type Part } from "../../src/api/compile/fetch-cypher";
import { listStatement } from "../../src/api/filter/list-page";
import { networkCypher, shortestPathsCypher } from "../../src/api/traversal.repository";
import { loadCypherCatalog } from "../../src/db/cypher-catalog";
import { OPERATIONS } from "../../bench/operations";

/**
 * The statements generated for the benchmark's operations, pinned so that a change to them is
 * reviewed (as neo4j/graphql's TCK pins its translations). The counts matrix is pinned in
 * counts-statement.test.ts; search is a statement of its own in cypher/read/.
 */
describe("Compiled statements", () => {
  const catalog = loadCypherCatalog();
  const fragment = (name: string) => catalog.get(name)!;
  const probes = { agreement: "x", partnersParty: "EE", partnersSector: "clean-energy" } as never;
  const request = (id: string) => OPERATIONS.find((o) => o.id === id)!.project(probes);
  const rootField = (query: string) => {
    const document = parse(query);
    const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return op.selectionSet.selections[0] as FieldNode;
  };
  /** A root lookup's statement (fetchRoot's text), with what it leaves to statements of their own. */
  const compile = async (query: string, typeName: string, root: Part[], variables: Record<string, unknown> = {}) => {
    const schema = await buildApiSchema();
    const field = rootField(query);
    const { fetch, uncompiled } = compileSelection(schema, typeName, field.selectionSet, {});
    const aggregates = planAggregates(schema, fetch.aggregates, variables, {});
    return { text: fetchCypher(root, fetch, fragment, aggregates), uncompiled };
  };
  /** The selection under edges { node } of a connection. */
  const nodeSelection = (field: FieldNode) => {
    const under = (f: FieldNode | undefined, name: string) =>
      f?.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
    return under(under(field, "edges"), "node")?.selectionSet;
  };

  it.each(["point-lookup", "who-signed"])("pins the statement of the benchmark's %s", async (id) => {
    const { text, uncompiled } = await compile(request(id).query, "Agreement", ["entity-by-id", "root"]);
    expect(uncompiled).toEqual([]);
    expect(text).toMatchSnapshot();
  });

  it("pins the statement of the benchmark's partners (the aggregate inside the party's lookup)", async () => {
    const { query, variables } = request("partners");
    const { text, uncompiled } = await compile(query, "Party", [["resolve-party", { param: "id" }], "root"], variables);
    expect(uncompiled).toEqual([]);
    expect(text).toContain("CALL (n0) {");
    expect(text).toMatchSnapshot();
  });

  it.each([
    ["agreements-page", undefined, 100],
    ["filtered-page", { signedOn: { gte: "2020-01-01" }, parties: { some: { id: { eq: "EE" } } } }, 20],
  ])("pins the statement of the benchmark's %s", async (id, where, first) => {
    const schema = await buildApiSchema();
    const field = rootField(request(id).query);
    const { fetch, uncompiled } = compileSelection(schema, "Agreement", nodeSelection(field), {});
    expect(uncompiled).toEqual([]);
    const { text } = listStatement(
      fragment,
      {
        type: "Agreement",
        matching: { params: {} },
        where,
        defaultSort: [{ signedOn: "DESC" }, { title: "ASC" }],
        first,
      },
      fetch,
      true,
    );
    expect(text).toMatchSnapshot();
  });

  it("pins the statements of the benchmark's network and shortestPaths", () => {
    expect(networkCypher(fragment, { bySectors: false })).toMatchSnapshot();
    // The benchmark's steps read names and titles; each path node fetches those only.
    const paths = shortestPathsCypher(fragment, new Set(["id", "name", "title"]));
    expect(paths).toContain("props: n { .id, .name, .title }");
    expect(paths).toMatchSnapshot();
  });

  it("keeps every request value out of the text: only $id is a parameter", async () => {
    const { text } = await compile(
      `{ agreement(id: "'}) DETACH DELETE n //") { title signatures { capacity } } }`,
      "Agreement",
      ["entity-by-id", "root"],
    );
    expect(text).not.toContain("DETACH");
    expect(text.match(/\$\w+/g)).toEqual(["$id"]);
  });

  it("names the fields it leaves to their own statements", async () => {
    const { uncompiled } = await compile(
      `{ agreement(id: "x") { title parties { name partners { strength } } } }`,
      "Agreement",
      ["entity-by-id", "root"],
    );
    expect(uncompiled).toEqual(["Country.partners", "Organization.partners"]);
  });
});
