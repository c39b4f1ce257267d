/**
 * Times `centrality` and `blocs` on a running project server (GraphQL over HTTP): cold is the
 * first request for a day (revision check, party-hubs read, links, GDS projection, algorithm),
 * warm the median of `rounds` more on the cached projection. Each measure takes its own day, so
 * each cold request builds its own projection. Used by `npm run bench` and `npm run bench:analytics`.
 */
export interface AnalyticsTimings {
  centrality: { coldMs: number; warmMs: number };
  blocs: { coldMs: number; warmMs: number; modularity: number; blocs: number };
}

async function post(url: string, query: string): Promise<{ ms: number; data: any }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return { ms: Math.round(performance.now() - started), data: body.data };
}

export async function timeAnalytics(url: string, rounds = 5): Promise<AnalyticsTimings> {
  const timed = async (query: string) => {
    const cold = await post(url, query);
    const warm: number[] = [];
    for (let i = 0; i < rounds; i++) warm.push((await post(url, query)).ms);
    warm.sort((a, b) => a - b);
    return { cold, warmMs: warm[Math.floor(rounds / 2)] };
  };
  // The engine check (gds.version) once, off the clock, as a running server has done at start.
  await post(url, `{ centrality(asOf: "2000-01-01", first: 1) { score } }`);
  const centrality = await timed(
    `{ centrality(measure: PAGERANK, asOf: "2026-01-01", first: 20) { party { id } score rank } }`,
  );
  const blocs = await timed(`{ blocs(asOf: "2026-02-01") { modularity blocs { size } } }`);
  return {
    centrality: { coldMs: centrality.cold.ms, warmMs: centrality.warmMs },
    blocs: {
      coldMs: blocs.cold.ms,
      warmMs: blocs.warmMs,
      modularity: blocs.cold.data.blocs.modularity,
      blocs: blocs.cold.data.blocs.blocs.length,
    },
  };
}
