import type { AnalyticsTimings } from "./analytics-timings";
import type { BulkLoadReport } from "../../src/seed/bulk-load";
import type { Operation } from "../operations";
import type { Latency, Throughput } from "./measure";

/**
 * The shapes of a benchmark run: what bench/run.ts measures and writes to results/NAME.json,
 * what bench/report.ts renders and bench/notes.ts explains. Types only, in a file of their own,
 * so that run, report and notes import them without importing each other.
 */

export interface Settings {
  quick: boolean;
  scales: number[];
  seed: number;
  budgetMs: number;
  batchSize: number;
  latency: { warmup: number; samples: number; capMs: number; minSamples: number; minWarmup: number };
  throughput: { connections: number; seconds: number };
  pageSizes: number[];
  resultsName: string;
}

export interface OperationResult {
  id: string;
  title: string;
  kind: Operation["kind"];
  answer: { project: string; floor: string; peer?: string };
  latency: { project: Latency; floor: Latency; peer?: Latency };
  cost: { statements: string[]; projectDbHits: number; floorDbHits: number; peerDbHits?: number; peerCypher?: string };
  throughput?: { project: Throughput; peer?: Throughput };
  /** The GraphQL request run in this process (no HTTP): its time, and the time of each statement it waited on. */
  breakdown?: { totalMs: number; statements: Array<{ name: string; ms: number }> };
  whatIf?: Array<{ id: string; label: string; latency: Latency; dbHits: number }>;
  peerNote?: string;
  peerMissing?: string;
}

export interface ScaleResult {
  scale: number;
  generated: { seconds: number; reused: boolean; files: number; counts: Record<string, number> };
  graph: { nodes: number; relationships: number };
  load: {
    rows: number;
    pipeline: BulkLoadReport;
    pipelineRowsPerSecond: number;
    writeRowsPerSecond: number;
    cpu: { node: number; neo4j: number };
    /** `sameStore`: written into the pipeline's Neo4j after erasing its rows (small scales): a warm JVM. */
    ceiling?: {
      rows: number;
      totalRows: number;
      seconds: number;
      rowsPerSecond: number;
      partial: boolean;
      sameStore?: boolean;
    };
    ceilingSkipped?: string;
  };
  boltRoundTrip: Latency;
  /** To bench/serve.ts bare (node:http alone, in its own process); absent from runs before 2026-12-02. */
  httpRoundTrip?: Latency;
  operations: OperationResult[];
  pageCost: Array<{
    first: number;
    statements: number;
    projectDbHits: number;
    floorDbHits: number;
    peerDbHits: number;
  }>;
  memory: { projectRss: number; peerRss: number; projectHeap: number; peerHeap: number };
  /** centrality and blocs, cold and warm projection (bench/lib/analytics-timings.ts). */
  analytics?: AnalyticsTimings;
  skipped: string[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  seconds?: number;
  settings: Omit<Settings, "budgetMs"> & { budgetMinutes: number };
  machine: Record<string, unknown>;
  scales: ScaleResult[];
  notes: string[];
}
