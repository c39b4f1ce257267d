import { dataRevision } from "../../api/stats.repository";
import type { Gateway } from "../../db/Gateway";

/**
 * The data revision a server keys its cache on, read from the database (never counted in this
 * process: a write through another replica, or `npm run seed`, must be seen here too), at most
 * once per interval. Interval 0 reads it for every request.
 */
export class RevisionReader {
  private known?: { revision: number; readAt: number };
  private pending?: Promise<number>;
  /** Bumped by `changed()`: a read that began before a write may not be remembered after it. */
  private generation = 0;

  constructor(
    private readonly gateway: Gateway,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async current(): Promise<number> {
    if (this.intervalMs === 0) return this.read();
    if (this.known && this.now() - this.known.readAt < this.intervalMs) return this.known.revision;
    // Requests that arrive together share one read.
    this.pending ??= this.remembered();
    return this.pending;
  }

  /** A write went through this server: its own next request must see it, whatever the interval. */
  changed(): void {
    this.generation++;
    this.known = undefined;
    this.pending = undefined;
  }

  private async remembered(): Promise<number> {
    const generation = this.generation;
    const readAt = this.now();
    try {
      const revision = await this.read();
      if (generation === this.generation) this.known = { revision, readAt };
      return revision;
    } finally {
      if (generation === this.generation) this.pending = undefined;
    }
  }

  private read(): Promise<number> {
    return dataRevision(this.gateway);
  }
}
