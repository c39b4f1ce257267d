import { createHash } from "node:crypto";
import { startServerProcess, type ServerProcess } from "../../scripts/lib/server-process";
import { readConfig } from "../../src/config";
import { hashApiKey } from "../../src/server/api-keys";
import { DEFAULT_SEED_DIR, seedDatabase } from "../../src/seed/seed-database";
import { validateSeed } from "../../src/seed/validate-seed";
import { startTestApi } from "../support/api-client";
import { TEST_EDITOR_KEY, TEST_TODAY, TEST_URI_VARIABLE } from "../support/test-neo4j";

// Issue #17: a response cache keyed on the revision held in the database, ETags, coherent replicas.
const AS_EDITOR = { authorization: `Bearer ${TEST_EDITOR_KEY}` };
const ARTICLE = "israel-magazine-us-israel-ai-2026";
const ADD_MEMBERSHIP = `mutation($input: MembershipInput!) { addMembership(input: $input) { initiative { id } } }`;
const OBSERVERS = `{ meta { revision } initiative(id: "pax-silica") { members(kinds: [OBSERVER]) { party { id } } } }`;
const settings = (revisionIntervalMs: number) => ({
  enabled: true,
  maxBytes: 8 * 2 ** 20,
  revisionIntervalMs,
  maxAgeSeconds: 7,
});

type Api = Awaited<ReturnType<typeof startTestApi>>;

/** One counter or gauge from /metrics (0 when absent). */
async function metric(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
}

const observersOf = (data: any): string[] => data.initiative.members.map((m: any) => m.party.id);

async function addObserver(api: { url: string }, party: string, since: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...AS_EDITOR },
    body: JSON.stringify({
      query: ADD_MEMBERSHIP,
      variables: { input: { initiative: "pax-silica", party, kind: "OBSERVER", since, sources: [ARTICLE] } },
    }),
  });
  expect((await res.json()).errors).toBeUndefined();
}

/** A GET of /graphql as a dashboard or a CDN sends it (Apollo's CSRF rule wants the preflight header). */
function get(api: { url: string }, query: string, headers: Record<string, string> = {}, extensions?: object) {
  const params = new URLSearchParams(extensions ? { extensions: JSON.stringify(extensions) } : { query });
  if (extensions && query) params.set("query", query);
  return fetch(`${api.url}/graphql?${params}`, {
    headers: { accept: "application/json", "apollo-require-preflight": "true", ...headers },
  });
}

describe("The response cache (#17)", () => {
  let api: Api;
  beforeAll(async () => (api = await startTestApi({ cache: settings(0) })));
  afterAll(async () => {
    // Leave the shared graph as the other tests expect it: curated data only.
    await api.gateway.write("admin/erase-edits");
    await seedDatabase(api.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    await api.stop();
  });

  it("answers a repeated read from memory, whatever its whitespace: no statement runs, /metrics counts the hit", async () => {
    const [hits, misses] = [
      await metric(api.url, "graphql_response_cache_hits_total"),
      await metric(api.url, "graphql_response_cache_misses_total"),
    ];
    const first = await api.query('{ country(code: "IL") { name iso3 } }');
    expect(first.statements.length).toBeGreaterThan(0);
    const again = await api.query('query {\n  country(code: "IL") { name, iso3 } # the same\n}');
    expect(again.statements).toEqual([]);
    expect(again.body).toEqual(first.body);
    expect(first.body.data.country.iso3).toBe("ISR");
    expect(await metric(api.url, "graphql_response_cache_hits_total")).toBe(hits + 1);
    expect(await metric(api.url, "graphql_response_cache_misses_total")).toBe(misses + 1);
    expect(await metric(api.url, "graphql_response_cache_entries")).toBeGreaterThan(0);
    expect(await metric(api.url, "graphql_response_cache_bytes")).toBeGreaterThan(0);
  });

  it("keys on the variables: other values are another answer", async () => {
    const query = "query($code: String!) { country(code: $code) { iso3 } }";
    expect((await api.data(query, { code: "IL" })).country.iso3).toBe("ISR");
    const other = await api.query(query, { code: "JP" });
    expect(other.statements.length).toBeGreaterThan(0);
    expect(other.body.data.country.iso3).toBe("JPN");
  });

  it("runs a miss once when the same request comes many times at once: the others wait for its answer", async () => {
    const query = '{ network(center: "JP", depth: 2) { nodes { id } } }';
    const misses = await metric(api.url, "graphql_response_cache_misses_total");
    const hits = await metric(api.url, "graphql_response_cache_hits_total");
    const answers = await Promise.all(Array.from({ length: 8 }, () => api.query(query)));
    expect(await metric(api.url, "graphql_response_cache_misses_total")).toBe(misses + 1);
    expect(await metric(api.url, "graphql_response_cache_hits_total")).toBe(hits + 7);
    for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
    expect(answers[0].body.data.network.nodes.length).toBeGreaterThan(1);
  });

  it("never keeps an answer with errors", async () => {
    const failing = '{ shortestPaths(from: "IL", to: "atlantis") { length } }';
    for (let i = 0; i < 2; i++) {
      const res = await api.query(failing);
      expect(res.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect(res.statements.length).toBeGreaterThan(0);
    }
  });

  it("refuses a query over the cost limit before the cache: neither a hit nor a miss", async () => {
    const lookups = async () =>
      (await metric(api.url, "graphql_response_cache_hits_total")) +
      (await metric(api.url, "graphql_response_cache_misses_total"));
    const before = await lookups();
    const res = await api.query(
      "{ agreements(first: 100) { edges { node { parties { agreements(first: 100) { edges { node { title } } } } } } } }",
    );
    expect(res.body.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(await lookups()).toBe(before);
  });

  it("sees an edit on the next read: the mutation raises the revision, and is itself never looked up", async () => {
    const before = await api.data(OBSERVERS);
    expect((await api.query(OBSERVERS)).statements).toEqual([]);
    const lookups = await metric(api.url, "graphql_response_cache_misses_total");
    await addObserver(api, "FR", "2026-10");
    expect(await metric(api.url, "graphql_response_cache_misses_total")).toBe(lookups);
    const after = await api.query(OBSERVERS);
    expect(after.statements.length).toBeGreaterThan(0);
    expect(after.body.data.meta.revision).toBe(before.meta.revision + 1);
    expect(observersOf(after.body.data)).toContain("FR");
    expect(observersOf(before)).not.toContain("FR");
  });

  it("sees its own edit at once even when it reads the revision only once a minute", async () => {
    const slow = await startTestApi({ cache: settings(60_000) });
    try {
      const before = await slow.data(OBSERVERS);
      expect((await slow.query(OBSERVERS)).statements).toEqual([]);
      await addObserver(slow, "NL", "2026-09");
      const after = await slow.data(OBSERVERS);
      expect(after.meta.revision).toBe(before.meta.revision + 1);
      expect(observersOf(after)).toContain("NL");
    } finally {
      await slow.stop();
    }
  });

  it("sees a seed load made by another process on the next read (interval 0)", async () => {
    const before = await api.data(OBSERVERS);
    expect((await api.query(OBSERVERS)).statements).toEqual([]);
    await seedDatabase(api.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    const after = await api.query(OBSERVERS);
    expect(after.statements.length).toBeGreaterThan(0);
    expect(after.body.data.meta.revision).toBeGreaterThan(before.meta.revision);
  });

  it("gives GET answers an ETag from the revision and max-age, and 304 without running the query", async () => {
    const query = '{ meta { revision } country(code: "IL") { name } }';
    const first = await get(api, query);
    expect(first.status).toBe(200);
    const body = await first.json();
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(`"r${body.data.meta.revision}-${etag.slice(-33, -1)}"`);
    expect(first.headers.get("cache-control")).toBe("public, max-age=7");

    const notModified = await get(api, query, { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(await metric(api.url, "graphql_response_cache_not_modified_total")).toBeGreaterThan(0);

    await addObserver(api, "SE", "2026-08");
    const changed = await get(api, query, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await changed.json()).data.meta.revision).toBe(body.data.meta.revision + 1);
  });

  it("gives persisted queries (APQ) an ETag, and a GET of the hash alone a 304", async () => {
    const query = '{ country(code: "JP") { name } }';
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    const registered = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, extensions: { persistedQuery } }),
    });
    expect(registered.status).toBe(200);
    const etag = registered.headers.get("etag")!;
    expect(etag).toMatch(/^"r\d+-[0-9a-f]{32}"$/);
    const byHash = await get(api, "", { "if-none-match": etag }, { persistedQuery });
    expect(byHash.status).toBe(304);
  });

  it("sends no ETag and no-store with an error", async () => {
    const res = await get(api, '{ shortestPaths(from: "IL", to: "atlantis") { length } }');
    expect((await res.json()).errors[0].extensions.code).toBe("NOT_FOUND");
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("marks a POST answer no-store: only GET and persisted queries are cacheable", async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ meta { revision } }" }),
    });
    expect((await res.json()).data.meta.revision).toEqual(expect.any(Number));
    expect(res.headers.get("cache-control")).toBe("no-store");
    // No validator of any kind (express would add a weak one of its own): nothing to revalidate.
    expect(res.headers.get("etag")).toBeNull();
  });

  it("keys an asOf-less query on the day: across midnight, with no write, the answer moves", async () => {
    let config = readConfig({ TODAY: "2031-03-31" });
    const clocked = await startTestApi({ cache: settings(60_000), today: () => config.today() });
    try {
      await addObserver(clocked, "BR", "2031-04-01");
      const eve = await clocked.data(OBSERVERS);
      expect(observersOf(eve)).not.toContain("BR");
      expect((await clocked.query(OBSERVERS)).statements).toEqual([]);
      config = readConfig({ TODAY: "2031-04-01" });
      const day = await clocked.query(OBSERVERS);
      expect(day.statements.length).toBeGreaterThan(0);
      expect(day.body.data.meta.revision).toBe(eve.meta.revision);
      expect(observersOf(day.body.data)).toContain("BR");
    } finally {
      await clocked.stop();
    }
  });
});

describe("Two server processes on one Neo4j (REVISION_CHECK_INTERVAL_MS=0)", () => {
  const replicas: ServerProcess[] = [];
  afterAll(async () => {
    for (const replica of replicas) await replica.stop({ removeHome: true });
    const local = await startTestApi();
    await local.gateway.write("admin/erase-edits");
    await seedDatabase(local.gateway, validateSeed([DEFAULT_SEED_DIR]), { force: true });
    await local.stop();
  });

  /** `npm start` as a replica would run it, on the tests' Neo4j: its URL once it is ready. */
  async function startReplica(): Promise<string> {
    const replica = await startServerProcess({
      env: {
        NEO4J_URI: process.env[TEST_URI_VARIABLE]!,
        SEED_ON_START: "never",
        TODAY: TEST_TODAY,
        RESPONSE_CACHE: "on",
        REVISION_CHECK_INTERVAL_MS: "0",
        API_KEYS: `Test-Editor:${hashApiKey(TEST_EDITOR_KEY)}`,
      },
    });
    replicas.push(replica);
    return replica.url;
  }

  it("shows an edit made through one on the next request to the other", async () => {
    const [one, other] = await Promise.all([startReplica(), startReplica()]);
    const read = async (url: string) =>
      (
        await (
          await fetch(`${url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: OBSERVERS }),
          })
        ).json()
      ).data;
    const before = await read(other);
    expect(observersOf(before)).not.toContain("CL");
    const hits = await metric(other, "graphql_response_cache_hits_total");
    expect(await read(other)).toEqual(before);
    expect(await metric(other, "graphql_response_cache_hits_total")).toBe(hits + 1);

    await addObserver({ url: one }, "CL", "2026-07");
    const after = await read(other);
    expect(observersOf(after)).toContain("CL");
    expect(after.meta.revision).toBe(before.meta.revision + 1);
  });
});
