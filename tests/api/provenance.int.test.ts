import { buildGraphRows } from "../../src/records/graph-rows";
import { loadGraph } from "../../src/seed/load-graph";
import { DEFAULT_SEED_DIR, seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { startTestApi } from "../support/api-client";
import { TEST_EDITOR_KEY } from "../support/test-neo4j";

const AS_EDITOR = { authorization: `Bearer ${TEST_EDITOR_KEY}` };
/** The founding article: the French report of the 16 January 2026 US–Israel declaration. */
const ARTICLE = "israel-magazine-us-israel-ai-2026";
const LONG_AGO = "2000-01-01T00:00:00Z";

const FACT = `id factKind label subject { ... on Country { id } ... on Person { id } ... on Agreement { id } ... on Initiative { id } ... on Source { id } }
  object { ... on Country { id } ... on Agreement { id } ... on Initiative { id } ... on Sector { id } ... on Place { id } }
  sources { id } sourceCount firstSeen updatedAt properties`;
const FACTS = `query($where: FactWhere, $first: Int, $after: String) {
  facts(where: $where, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${FACT} } } }
}`;
const CHANGES = `query($since: DateTime!, $first: Int, $after: String) {
  changes(since: $since, first: $first, after: $after) {
    totalCount edges { node { id at action factId factKind fact { id factKind updatedAt } before after editor auditId load revision factCount } }
  }
}`;
const UPSERT_SOURCE = `mutation($input: SourceInput!) { upsertSource(input: $input) { source { id } audit { id holder } } }`;

describe("Provenance and changes (#16)", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(async () => {
    // Leave the shared graph as the other tests expect it: curated data only.
    await api.gateway.write("admin/erase-edits");
    await seedDatabase(api.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    await api.stop();
  });

  /** Every page of a facts query, followed through its cursors. */
  async function allFacts(where: Record<string, unknown>): Promise<any[]> {
    const out: any[] = [];
    let after: string | null = null;
    do {
      const data: any = await api.data(FACTS, { where, first: 100, after });
      out.push(...data.facts.edges.map((e: any) => e.node));
      after = data.facts.pageInfo.hasNextPage ? data.facts.pageInfo.endCursor : null;
    } while (after);
    return out;
  }

  it("records the first load into the empty graph as one LOADED change, and stamps every fact with it", async () => {
    const { changes } = await api.data(CHANGES, { since: LONG_AGO, first: 2 });
    const [loaded, next] = changes.edges.map((e: any) => e.node);
    expect(loaded).toMatchObject({
      action: "LOADED",
      factId: null,
      fact: null,
      editor: null,
      before: null,
      after: null,
    });
    expect(loaded.load).toMatch(/^[0-9a-f]{16,}$/);
    expect(loaded.factCount).toBeGreaterThan(1000);
    // Nothing else came from that load: any later change is another write.
    if (next) expect(next.at).not.toBe(loaded.at);

    const stamped = await api.data(FACTS, { where: { firstSeen: { lte: loaded.at } }, first: 1 });
    const all = await api.data(FACTS, { first: 1 });
    expect(stamped.facts.totalCount).toBeGreaterThan(1000);
    expect(stamped.facts.totalCount).toBeLessThanOrEqual(all.facts.totalCount);
    const fact = stamped.facts.edges[0].node;
    expect(new Date(fact.firstSeen).getTime()).toBe(new Date(loaded.at).getTime());
  });

  it("lists the acts of signing and the memberships that rest on one source", async () => {
    const kinds = { in: ["SIGNED", "MEMBER_OF"] };
    const single = await allFacts({ sourceCount: { eq: 1 }, factKind: kinds });
    const several = await allFacts({ sourceCount: { gte: 2 }, factKind: kinds });
    const every = await allFacts({ factKind: kinds });
    expect(single.length).toBeGreaterThan(0);
    for (const fact of single) {
      expect(fact.sourceCount).toBe(1);
      expect(fact.sources).toHaveLength(1);
      expect(["SIGNED", "MEMBER_OF"]).toContain(fact.factKind);
    }
    expect(several.every((f) => f.sourceCount >= 2)).toBe(true);
    expect(single.length + several.length).toBe(every.length);
    expect(new Set(every.map((f) => f.id)).size).toBe(every.length);
  });

  it("finds Israel's membership of Pax Silica among the facts about IL", async () => {
    const facts = await allFacts({ about: { eq: "IL" }, factKind: { eq: "MEMBER_OF" } });
    const pax = facts.find((f) => f.object?.id === "pax-silica");
    expect(pax).toMatchObject({ factKind: "MEMBER_OF", subject: { id: "IL" } });
    expect(pax.label).toMatch(/^Israel member of/);
    expect(facts.every((f) => f.subject.id === "IL" || f.object?.id === "IL")).toBe(true);
  });

  it("gives everything the founding article supports, as facts and as the article's citedBy", async () => {
    const facts = await allFacts({ source: { id: { eq: ARTICLE } } });
    const ids = facts.map((f) => f.id);
    for (const expected of [
      "SIGNED:erez-eskel->us-israel-ai-declaration-2026",
      "SIGNED:jacob-helberg->us-israel-ai-declaration-2026",
      "ATTENDED:gideon-saar->us-israel-ai-declaration-2026",
      "COVERS:us-israel-ai-declaration-2026->quantum",
      "us-israel-ai-declaration-2026",
    ]) {
      expect(ids.some((id) => id === expected || id.startsWith(`${expected}#`))).toBe(true);
    }
    expect(ids).not.toContain(ARTICLE); // a source does not support itself
    expect(facts.every((f) => f.sources.some((s: any) => s.id === ARTICLE))).toBe(true);

    // The relationships agree with an independent statement over the graph.
    const citing = await api.gateway.read("admin/facts-citing", { source: ARTICLE });
    const relationships = facts.filter((f) => f.object !== null || f.id.includes("->"));
    expect(relationships.length).toBe(citing.length);

    const { source: article } = await api.data(
      `query($id: ID!) { source(id: $id) { id citedBy(first: 3) { totalCount edges { node { id } } } } }`,
      { id: ARTICLE },
    );
    expect(article.citedBy.totalCount).toBe(facts.length);
    expect(article.citedBy.edges).toHaveLength(3);

    // citedBy filters like facts(where:): the article's signatures only.
    const { source: signed } = await api.data(
      `query($id: ID!) { source(id: $id) { citedBy(where: { factKind: { eq: SIGNED } }, first: 100) { totalCount edges { node { id } } } } }`,
      { id: ARTICLE },
    );
    const signatures = ids.filter((id) => id.startsWith("SIGNED:"));
    expect(signed.citedBy.totalCount).toBe(signatures.length);
    expect(signed.citedBy.edges.map((e: any) => e.node.id).sort()).toEqual([...signatures].sort());
  });

  it("logs an edit's changes with the editor, before and after, and stamps the fact", async () => {
    const since = new Date(Date.now() - 1).toISOString();
    const input = { id: "provenance-test-source", title: "A first title", publisher: "Tests", language: "en" };
    const created = await api.query(UPSERT_SOURCE, { input }, AS_EDITOR);
    expect(created.body.errors).toBeUndefined();
    const renamed = await api.query(UPSERT_SOURCE, { input: { ...input, title: "A second title" } }, AS_EDITOR);
    const unchanged = await api.query(UPSERT_SOURCE, { input: { ...input, title: "A second title" } }, AS_EDITOR);
    expect(unchanged.body.errors).toBeUndefined();

    const act = await api.query(
      `mutation($input: ActInput!) { addAct(input: $input) { audit { id } } }`,
      {
        input: {
          agreement: "pax-silica-declaration-2025",
          party: "FR",
          act: "ENDORSED",
          date: "2026-11",
          sources: [ARTICLE],
        },
      },
      AS_EDITOR,
    );
    expect(act.body.errors).toBeUndefined();

    // An edit refused by the rulebook writes nothing, so it logs nothing.
    const refused = await api.query(
      `mutation($input: ActInput!) { addAct(input: $input) { audit { id } } }`,
      { input: { agreement: "pax-silica-declaration-2025", party: "fra", act: "SIGNED", sources: [ARTICLE] } },
      AS_EDITOR,
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const { changes } = await api.data(CHANGES, { since, first: 100 });
    expect(changes.edges.filter((e: any) => e.node.factId?.startsWith("ACTED_ON:fra->"))).toEqual([]);
    const acted = changes.edges
      .map((e: any) => e.node)
      .filter((c: any) => c.factId?.startsWith("ACTED_ON:FR->pax-silica-declaration-2025"));
    expect(acted).toHaveLength(1);
    expect(acted[0]).toMatchObject({ action: "CREATED", factKind: "ACTED_ON", after: { act: "endorsed" } });
    expect(acted[0].fact.id).toBe(acted[0].factId);
    const mine = changes.edges.map((e: any) => e.node).filter((c: any) => c.factId === input.id);
    expect(mine.map((c: any) => c.action)).toEqual(["CREATED", "UPDATED"]);
    expect(mine[0]).toMatchObject({ factKind: "SOURCE", editor: "Test Editor", before: null, load: null });
    expect(mine[0].auditId).toBe(created.body.data.upsertSource.audit.id);
    expect(mine[0].after).toMatchObject({ title: "A first title", origin: "edit" });
    expect(mine[1].before.title).toBe("A first title");
    expect(mine[1].after.title).toBe("A second title");
    expect(mine[1].auditId).toBe(renamed.body.data.upsertSource.audit.id);
    // Each change names the fact as it is now: both point at the source after its second edit.
    for (const change of mine) expect(change.fact).toMatchObject({ id: input.id, factKind: "SOURCE" });
    expect(mine[0].fact.updatedAt).toBe(mine[1].fact.updatedAt);

    const { facts } = await api.data(FACTS, { where: { updatedAt: { gte: since }, factKind: { eq: "SOURCE" } } });
    const fact = facts.edges.map((e: any) => e.node).find((f: any) => f.id === input.id);
    expect(new Date(fact.firstSeen).getTime()).toBe(new Date(mine[0].at).getTime());
    expect(new Date(fact.updatedAt).getTime()).toBe(new Date(mine[1].at).getTime());
    expect(new Date(fact.updatedAt).getTime()).toBeGreaterThan(new Date(fact.firstSeen).getTime());

    // The lists' where reads the same stamps: the edited source, and none of the curated ones.
    const { sources } = await api.data(
      `query($since: DateTime!) { sources(where: { updatedAt: { gte: $since } }, first: 100) { edges { node { id } } } }`,
      { since },
    );
    expect(sources.edges.map((e: any) => e.node.id)).toEqual([input.id]);
    const { older } = await api.data(
      `query($since: DateTime!) { older: sources(where: { firstSeen: { lt: $since } }) { totalCount } }`,
      { since },
    );
    expect(older.totalCount).toBeGreaterThan(100);
  });

  it("pages facts by keyset: a fact changed between two pages neither repeats nor hides another", async () => {
    const where = { factKind: { eq: "SOURCE" } };
    const first = (await api.data(FACTS, { where, first: 5 })).facts;
    const seen = first.edges.map((e: any) => e.node.id);
    // The edit makes a source the most recently changed fact: first in the order, before the cursor.
    const edited = await api.query(
      UPSERT_SOURCE,
      { input: { id: "keyset-test-source", title: "Keyset", publisher: "Tests", language: "en" } },
      AS_EDITOR,
    );
    expect(edited.body.errors).toBeUndefined();
    const next = (await api.data(FACTS, { where, first: 5, after: first.pageInfo.endCursor })).facts;
    const ids = (await allFacts(where)).map((f) => f.id);
    expect(ids[0]).toBe("keyset-test-source");
    const from = ids.indexOf(seen.at(-1)) + 1;
    expect(next.edges.map((e: any) => e.node.id)).toEqual(ids.slice(from, from + 5));
    expect(next.edges.map((e: any) => e.node.id)).not.toContain(seen.at(-1));
    const forged = await api.query(FACTS, { where, after: "not-a-cursor" });
    expect(forged.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("logs what a later load changes, fact by fact, naming the load", async () => {
    const validation = validateSeed([DEFAULT_SEED_DIR]);
    const rows = buildGraphRows(validation.dataset!);
    const changed = {
      ...rows,
      nodes: rows.nodes.map((n) => (n.id === ARTICLE ? { ...n, props: { ...n.props, note: "changed by a test" } } : n)),
    };
    const since = new Date(Date.now() - 1).toISOString();
    const report = await loadGraph(api.gateway, changed, { checksum: "provenance-test-load", files: [] });
    expect(report.updated).toBe(1);
    const { changes } = await api.data(CHANGES, { since, first: 100 });
    const fromLoad = changes.edges.map((e: any) => e.node).filter((c: any) => c.load === "provenance-test-load");
    expect(fromLoad).toHaveLength(1);
    expect(fromLoad[0]).toMatchObject({ action: "UPDATED", factId: ARTICLE, factKind: "SOURCE", editor: null });
    expect(fromLoad[0].after.note).toBe("changed by a test");
    expect(fromLoad[0].before.note).not.toBe("changed by a test");
    expect(fromLoad[0].fact.id).toBe(ARTICLE);

    // Back to the files: one change back; then a load of the same files finds nothing to do,
    // the stamps being no difference.
    const back = await loadGraph(api.gateway, rows, { checksum: "provenance-test-back", files: [] });
    expect(back.updated).toBe(1);
    const again = await loadGraph(api.gateway, rows, { checksum: "provenance-test-again", files: [] });
    expect(again).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    const { changes: after } = await api.data(CHANGES, { since, first: 100 });
    const loads = after.edges.map((e: any) => e.node.load).filter(Boolean);
    expect(loads).toEqual(["provenance-test-load", "provenance-test-back"]);
  });

  it("refuses a page of facts that asks each of their sources for everything it supports", async () => {
    const res = await api.query(
      `{ facts(first: 100) { edges { node { sources { citedBy(first: 5) { totalCount } } } } } }`,
    );
    expect(res.body.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses a since that is no instant, naming the argument", async () => {
    const res = await api.query(CHANGES, { since: "last tuesday" });
    expect(res.body.errors?.[0].message).toMatch(/DateTime/);
  });
});
