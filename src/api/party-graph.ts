import { randomUUID } from "node:crypto";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { LRUCache } from "lru-cache";
import type { Gateway } from "../db/Gateway";
import * as analytics from "./analytics.repository";
import type { PartyGraphParams } from "./analytics.repository";
import { dataRevision } from "./stats.repository";

/**
 * The party graph: parties linked when they share agreements or initiatives, `shared` = how
 * many (the rules are read/party-hubs.cypher's). Each one built is kept in a bounded LRU per data
 * revision, sector and day, in two forms: a graphology graph with every party's hubs (bloc hubs
 * and alignment always come from it), and, when the server has Graph Data Science, a projection
 * in GDS's catalog that runs PageRank, betweenness, degree and Louvain. Without GDS the same
 * measures come from graphology-metrics and graphology-communities-louvain in process.
 */

export type LinkAttributes = { shared: number; distance: number };
export type Engine = "gds" | "graphology";

export interface PartyGraph {
  graph: UndirectedGraph<Record<string, never>, LinkAttributes>;
  /** Every party holding at least one hub under the rules, with those hubs. */
  hubsOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** The GDS projection's name; null when computed in process. */
  projection: string | null;
}

export type Measure = "pagerank" | "betweenness" | "degree";

export interface Partition {
  modularity: number;
  communities: ReadonlyMap<string, number>;
}

export interface PartyGraphCacheOptions {
  /** How many party graphs to keep (each sector and day is one). */
  max?: number;
  /** "auto" (the default) uses GDS when `gds.version()` answers. */
  engine?: "auto" | Engine;
}

export class PartyGraphCache {
  private readonly cache: LRUCache<string, Promise<PartyGraph>>;
  private readonly prefix = `alliance-party-graph-${randomUUID().slice(0, 8)}`;
  private counter = 0;
  /** Drops of evicted projections still running: close() waits for them. */
  private readonly drops = new Set<Promise<unknown>>();
  private engine?: Promise<Engine>;
  private revision?: number;

  constructor(
    /** Drops evicted projections; requests build with their own (observed) gateway. */
    private readonly gateway: Gateway,
    private readonly options: PartyGraphCacheOptions = {},
  ) {
    this.cache = new LRUCache<string, Promise<PartyGraph>>({
      max: options.max ?? 32,
      dispose: (built) => {
        const drop = built
          .then((pg) => (pg.projection ? analytics.dropPartyGraph(this.gateway, pg.projection) : undefined))
          .catch(() => undefined);
        this.drops.add(drop);
        void drop.finally(() => this.drops.delete(drop));
      },
    });
  }

  /** Which engine answers: GDS when the server has it (checked once), else graphology. */
  engineFor(gateway: Gateway): Promise<Engine> {
    if (this.options.engine && this.options.engine !== "auto") return Promise.resolve(this.options.engine);
    this.engine ??= analytics.gdsVersion(gateway).then((version) => (version ? "gds" : "graphology"));
    return this.engine;
  }

  /** The party graph for these parameters, built once per data revision, sector and day. */
  async get(gateway: Gateway, params: PartyGraphParams): Promise<PartyGraph> {
    const revision = await dataRevision(gateway);
    if (revision !== this.revision) {
      // New data: every graph built before it is stale; dispose drops their projections.
      this.cache.clear();
      this.revision = revision;
    }
    const key = JSON.stringify([revision, params.sector, params.asOf, params.undated]);
    let built = this.cache.get(key);
    if (!built) {
      built = this.build(gateway, params);
      this.cache.set(key, built);
      built.catch(() => this.cache.delete(key));
    }
    return built;
  }

  /** The scores of every linked party. */
  async scores(gateway: Gateway, pg: PartyGraph, measure: Measure): Promise<Map<string, number>> {
    if (pg.projection) {
      const raw = await analytics.gdsScores(gateway, pg.projection, measure);
      return normalizeGds(measure, raw);
    }
    return inProcessScores(pg, measure);
  }

  async partition(gateway: Gateway, pg: PartyGraph): Promise<Partition> {
    if (pg.projection) return analytics.gdsLouvain(gateway, pg.projection);
    return inProcessPartition(pg);
  }

  /** Drops every projection this cache made (server shutdown, tests). */
  async close(): Promise<void> {
    this.cache.clear();
    await Promise.allSettled([...this.drops]);
  }

  private async build(gateway: Gateway, params: PartyGraphParams): Promise<PartyGraph> {
    const rows = await analytics.partyHubs(gateway, params);
    const hubsOf = new Map(rows.map((row) => [row.id, new Set(row.hubs)]));
    const graph = linkParties(hubsOf);
    let projection: string | null = null;
    if ((await this.engineFor(gateway)) === "gds" && graph.size > 0) {
      projection = `${this.prefix}-${++this.counter}`;
      const links = graph.mapEdges((_edge, { shared }, source, target) => ({ source, target, shared }));
      await analytics.projectPartyGraph(gateway, projection, links);
    }
    return { graph, hubsOf, projection };
  }
}

/** Links every two parties that hold a hub in common; `shared` counts the hubs they share. */
export function linkParties(hubsOf: ReadonlyMap<string, ReadonlySet<string>>) {
  const partiesOf = new Map<string, string[]>();
  for (const [party, hubs] of hubsOf)
    for (const hub of hubs) {
      const list = partiesOf.get(hub) ?? [];
      list.push(party);
      partiesOf.set(hub, list);
    }
  const graph = new UndirectedGraph<Record<string, never>, LinkAttributes>();
  for (const parties of partiesOf.values()) {
    parties.sort();
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i], parties[j]];
        graph.mergeNode(a);
        graph.mergeNode(b);
        graph.updateEdge(a, b, (attr) => {
          const shared = (attr.shared ?? 0) + 1;
          return { shared, distance: 1 / shared };
        });
      }
  }
  return graph;
}

/**
 * The same scale from both engines: PageRank as shares of 1 (GDS's does not sum to 1),
 * betweenness divided by the number of pairs of other parties, degree as the number of partners.
 */
function normalizeGds(measure: Measure, raw: Map<string, number>): Map<string, number> {
  if (measure === "degree") return raw;
  const n = raw.size;
  const total = measure === "pagerank" ? [...raw.values()].reduce((a, b) => a + b, 0) : ((n - 1) * (n - 2)) / 2;
  return new Map([...raw].map(([id, score]) => [id, total > 0 ? score / total : 0]));
}

function inProcessScores(pg: PartyGraph, measure: Measure): Map<string, number> {
  const { graph } = pg;
  if (graph.order === 0) return new Map();
  if (measure === "degree") return new Map(graph.mapNodes((node) => [node, graph.degree(node)]));
  const scores =
    measure === "pagerank"
      ? pagerank(graph, { getEdgeWeight: "shared", alpha: 0.85, maxIterations: 100, tolerance: 1e-10 })
      : betweennessCentrality(graph, { getEdgeWeight: "distance", normalized: false });
  const n = graph.order;
  const total = measure === "pagerank" ? Object.values(scores).reduce((a, b) => a + b, 0) : ((n - 1) * (n - 2)) / 2;
  return new Map(Object.entries(scores).map(([id, score]) => [id, total > 0 ? score / total : 0]));
}

function inProcessPartition(pg: PartyGraph): Partition {
  if (pg.graph.size === 0) return { modularity: 0, communities: new Map() };
  // No random walk: nodes are visited in order, so the same graph always gives the same blocs.
  const result = louvain.detailed(pg.graph, { getEdgeWeight: "shared", randomWalk: false });
  return { modularity: result.modularity, communities: new Map(Object.entries(result.communities)) };
}

/**
 * 1 + how many score higher; equal scores share a rank and are listed by id. Scores are compared
 * to 6 significant digits: iterative measures (PageRank) leave float noise between parties that
 * the graph makes equal, and the two engines would otherwise order such ties differently.
 */
export function rankScores(scores: ReadonlyMap<string, number>): Array<{ id: string; score: number; rank: number }> {
  const keyed = [...scores].map(([id, score]) => ({ id, score, key: Number(score.toPrecision(6)) }));
  keyed.sort((a, b) => b.key - a.key || a.id.localeCompare(b.id));
  const ranked: Array<{ id: string; score: number; rank: number }> = [];
  keyed.forEach(({ id, score, key }, i) => {
    const tied = i > 0 && keyed[i - 1].key === key;
    ranked.push({ id, score, rank: tied ? ranked[i - 1].rank : i + 1 });
  });
  return ranked;
}

/**
 * Alignment of two parties: the Jaccard index of their hubs, |A ∩ B| / |A ∪ B|, where A and B
 * are the agreements and initiatives each takes part in under the same rules, sector and day. 1
 * when they hold exactly the same ones, 0 when they share none.
 */
export function alignment(pg: PartyGraph, a: string, b: string): { score: number; hubs: string[] } {
  const A = pg.hubsOf.get(a) ?? new Set<string>();
  const B = pg.hubsOf.get(b) ?? new Set<string>();
  const hubs = [...A].filter((h) => B.has(h)).sort();
  const union = A.size + B.size - hubs.length;
  return { score: union > 0 ? hubs.length / union : 0, hubs };
}

/** The hubs most held inside a bloc: by how many of its members hold each, at least two. */
export function blocHubs(pg: PartyGraph, members: readonly string[], first = 5): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const hub of pg.hubsOf.get(m) ?? []) counts.set(hub, (counts.get(hub) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, first)
    .map(([hub]) => hub);
}
