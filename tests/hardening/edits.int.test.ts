import { DEFAULT_SEED_DIR, seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { startTestApi } from "../support/api-client";
import { TEST_EDITOR_KEY } from "../support/test-neo4j";

const AS_EDITOR = { authorization: `Bearer ${TEST_EDITOR_KEY}` };
const ARTICLE = "israel-magazine-us-israel-ai-2026";

describe("Edits through the API", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(async () => {
    // Leave the shared graph as the other tests expect it: curated data only.
    await api.gateway.write("admin/erase-edits");
    await seedDatabase(api.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    await api.stop();
  });

  const ADD_ACT = `mutation($input: ActInput!) { addAct(input: $input) { agreement { acts { party { id } act date } } audit { holder action target before after } } }`;

  it.each([
    ["no key", {}],
    ["an unknown key", { authorization: "Bearer not-a-key" }],
    ["a malformed header", { authorization: TEST_EDITOR_KEY }],
  ])("refuses an edit with %s: UNAUTHENTICATED, nothing written", async (_label, headers) => {
    const res = await api.query(
      ADD_ACT,
      { input: { agreement: "us-israel-ai-declaration-2026", party: "FR", act: "ENDORSED", sources: [ARTICLE] } },
      headers,
    );
    expect(res.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.statements).toEqual([]);
  });

  it("lets a key holder add an act, and files an audit record with before and after", async () => {
    const res = await api.query(
      ADD_ACT,
      {
        input: {
          agreement: "pax-silica-declaration-2025",
          party: "fra",
          act: "ENDORSED",
          date: "2026-11",
          sources: [ARTICLE],
        },
      },
      AS_EDITOR,
    );
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT"); // "fra" is not an id: codes are written FR
    const ok = await api.query(
      ADD_ACT,
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
    expect(ok.body.errors).toBeUndefined();
    const { acts } = ok.body.data.addAct.agreement;
    expect(acts).toContainEqual({ party: { id: "FR" }, act: "ENDORSED", date: "2026-11-01" });
    expect(ok.body.data.addAct.audit).toMatchObject({
      holder: "Test Editor",
      action: "addAct",
      target: "pax-silica-declaration-2025",
    });
    expect(JSON.parse(ok.body.data.addAct.audit.before).relationships).toEqual([null]);
    expect(JSON.parse(ok.body.data.addAct.audit.after).relationships[0]).toMatchObject({
      act: "endorsed",
      datePrecision: "MONTH",
      origin: "edit",
    });

    const trail = await api.query(
      `{ auditTrail(target: "pax-silica-declaration-2025") { totalCount edges { node { holder action } } } }`,
    );
    expect(trail.body.data.auditTrail.totalCount).toBe(1);
  });

  it.each([
    [
      "an unknown source",
      { party: "FR", act: "SIGNED", sources: ["no-such-source"] },
      /sources\[0\]: unknown source id "no-such-source"/,
    ],
    ["no source at all", { party: "FR", act: "SIGNED", sources: [] }, /at least one source/],
    ["a date that does not exist", { party: "FR", act: "SIGNED", date: "2026-02-30", sources: [ARTICLE] }, /real date/],
    [
      "a person as the party",
      { party: "erez-eskel", act: "SIGNED", sources: [ARTICLE] },
      /party: "erez-eskel" is a person, but a country code or organization id is expected/,
    ],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_label, input, message) => {
    const before = await api.query(`{ auditTrail { totalCount } }`);
    const res = await api.query(
      ADD_ACT,
      { input: { agreement: "us-israel-ai-declaration-2026", ...input } },
      AS_EDITOR,
    );
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0].message).toMatch(message);
    const after = await api.query(`{ auditTrail { totalCount } }`);
    expect(after.body.data.auditTrail.totalCount).toBe(before.body.data.auditTrail.totalCount);
  });

  it("refuses a signature on behalf of a country that is not a party", async () => {
    const res = await api.query(
      `mutation($input: SignatureInput!) { addSignature(input: $input) { audit { id } } }`,
      {
        input: {
          agreement: "us-israel-ai-declaration-2026",
          person: "erez-eskel",
          onBehalfOf: "FR",
          sources: [ARTICLE],
        },
      },
      AS_EDITOR,
    );
    expect(res.body.errors?.[0].message).toMatch(/onBehalfOf: "FR" is not a party .* parties in acts: (IL, US|US, IL)/);
  });

  it("keeps edits when the seeds are loaded again", async () => {
    const summary = "Edited summary: kept across seed loads.";
    const upsert = await api.query(
      `mutation($input: AgreementInput!) { upsertAgreement(input: $input) { agreement { summary } } }`,
      {
        input: {
          id: "us-israel-ai-declaration-2026",
          title: "Joint Statement (edited)",
          kind: "joint-statement",
          signedOn: "2026-01-16",
          summary,
          sources: [ARTICLE],
        },
      },
      AS_EDITOR,
    );
    expect(upsert.body.errors).toBeUndefined();
    const membership = await api.query(
      `mutation($input: MembershipInput!) { addMembership(input: $input) { initiative { id } } }`,
      {
        input: { initiative: "pax-silica", party: "FR", kind: "OBSERVER", since: "2026-10", sources: [ARTICLE] },
      },
      AS_EDITOR,
    );
    expect(membership.body.errors).toBeUndefined();

    const outcome = await seedDatabase(api.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    expect(outcome.report!.keptEdits).toBeGreaterThanOrEqual(1);
    const after = await api.query(`{ agreement(id: "us-israel-ai-declaration-2026") { summary title }
      initiative(id: "pax-silica") { members(kinds: [OBSERVER]) { party { id } since } } }`);
    expect(after.body.data.agreement).toEqual({ summary, title: "Joint Statement (edited)" });
    expect(after.body.data.initiative.members).toContainEqual({ party: { id: "FR" }, since: "2026-10-01" });
  });

  it.each([
    [`x"}) MATCH (n) DETACH DELETE n //`],
    ["'; DROP CONSTRAINT record_id_unique; //"],
    ["$(labels) {`backtick`}"],
  ])("stores the hostile text %p as plain text", async (text) => {
    const res = await api.query(
      `mutation($input: StatementInput!) { upsertStatement(input: $input) { statement { summary person { id } } } }`,
      {
        input: { id: "hostile-statement", person: "gideon-saar", summary: text, sources: [ARTICLE] },
      },
      AS_EDITOR,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.upsertStatement.statement).toEqual({ summary: text, person: { id: "gideon-saar" } });
    const stats = await api.query("{ stats { countries agreements } }");
    expect(stats.body.data.stats.countries).toBe(249);
  });

  it.each([
    [
      "a membership that ends before it begins",
      `mutation($input: MembershipInput!) { addMembership(input: $input) { initiative { id } } }`,
      {
        initiative: "pax-silica",
        party: "FR",
        kind: "SIGNATORY",
        since: "2026-03",
        until: "2025-01",
        sources: [ARTICLE],
      },
      /until.*ends \(2025-01\) before it begins \(2026-03\)/,
    ],
    [
      "a position that ends before it begins",
      `mutation($input: PositionInput!) { addPosition(input: $input) { person { id } } }`,
      { person: "erez-eskel", title: "Head", country: "IL", from: "2025-06-01", to: "2024-01-01", sources: [ARTICLE] },
      /to.*ends \(2024-01-01\) before it begins \(2025-06-01\)/,
    ],
  ])("refuses %s, as a seed file would, and writes nothing", async (_label, mutation, input, message) => {
    const before = await api.query(`{ auditTrail { totalCount } }`);
    const res = await api.query(mutation, { input }, AS_EDITOR);
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0].message).toMatch(message);
    const after = await api.query(`{ auditTrail { totalCount } }`);
    expect(after.body.data.auditTrail.totalCount).toBe(before.body.data.auditTrail.totalCount);
  });
});
