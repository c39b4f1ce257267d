import { startTestApi } from "../support/api-client";

/** The dataset as a whole: its size, its release, and identifiers that link it to other datasets. */
describe("The dataset", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.stop());
  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);

  it("holds at least 90 agreements and initiatives and 1,500 dated acts and memberships, and names its release", async () => {
    const { stats, meta } = await data(`{ stats { agreements initiatives }
      meta { datasetVersion release { version name license } counts { agreements initiatives acts memberships datedActsAndMemberships sources } } }`);
    console.log(`dataset: ${JSON.stringify(meta.counts)}`);
    expect(stats.agreements + stats.initiatives).toBeGreaterThanOrEqual(90);
    expect(meta.counts.agreements).toBe(stats.agreements);
    expect(meta.counts.datedActsAndMemberships).toBeGreaterThanOrEqual(1500);
    expect(meta.release).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), license: "CC-BY-4.0" });
    expect(meta.release.name).toContain(meta.release.version);
  });

  it("gives countries and organizations their Wikidata ids with the sources they come from", async () => {
    const { country, organization } =
      await data(`{ country(code: "IL") { wikidataId externalIds { scheme value sources { id } } }
      organization(id: "oecd") { wikidataId } }`);
    expect(country.wikidataId).toBe("Q801");
    expect(country.externalIds).toContainEqual({
      scheme: "wikidata",
      value: "Q801",
      sources: expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]),
    });
    expect(organization.wikidataId).toBe("Q41550");
  });

  it("gives treaty numbers and document symbols as external ids", async () => {
    const { agreement } = await data(
      `{ agreement(id: "council-of-europe-ai-convention-2024") { externalIds { scheme value } } }`,
    );
    expect(agreement.externalIds).toContainEqual({ scheme: "cets", value: "225" });
  });

  it("finds an entity by its Q-number", async () => {
    const { search } = await data(`{ search(text: "Q801") { id } }`);
    expect(search[0].id).toBe("IL");
  });
});
