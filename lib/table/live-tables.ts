import type { LiveSession } from './live-session';

export type LiveTablesOptions = {
  /** Brings a table into memory from the database (its snapshot, or its log). */
  load: (sessionId: string) => Promise<LiveSession>;
  /** An idle table's actor leaves memory after this long; its snapshot brings it back on the next request. */
  idleTtlMs: number;
  /** Whether an idle table may leave now (nothing queued it could take). */
  mayRetire: (sessionId: string) => Promise<boolean>;
  /** A table left memory for idleness. */
  retired: (sessionId: string) => void;
};

/**
 * The session actors this process holds: each loaded once on first use,
 * loaded afresh when another process committed first, and let go when idle.
 * Long-lived actors are a cache over the database, not the truth.
 */
export class LiveTables {
  private readonly tables = new Map<string, Promise<LiveSession>>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly options: LiveTablesOptions) {
    this.sweeper = setInterval(() => void this.sweep(), Math.min(60_000, Math.max(1_000, options.idleTtlMs / 4)));
    this.sweeper.unref();
  }

  async get(sessionId: string): Promise<LiveSession> {
    let pending = this.tables.get(sessionId);
    if (!pending) {
      pending = this.options.load(sessionId);
      this.tables.set(sessionId, pending);
      pending.catch(() => this.tables.delete(sessionId));
    }
    const live = await pending;
    if (live.stale && this.tables.get(sessionId) === pending) {
      this.evict(sessionId, live);
      return this.get(sessionId);
    }
    live.lastUsed = Date.now();
    return live;
  }

  /** Lets a table go at once (another instance plays it now). */
  drop(sessionId: string): void {
    const pending = this.tables.get(sessionId);
    this.tables.delete(sessionId);
    void pending?.then((live) => live.actor.stop(), () => {});
  }

  /** The tables held now, with what each is doing, for the ops pages. */
  async list(): Promise<Array<{ sessionId: string; state: string; version: number; paused: boolean; idleMs: number }>> {
    const held = [];
    for (const [sessionId, pending] of this.tables) {
      const live = await pending.catch(() => null);
      if (!live) continue;
      const snapshot = live.actor.getSnapshot();
      held.push({
        sessionId,
        state: String(snapshot.value),
        version: snapshot.context.version,
        paused: snapshot.context.paused,
        idleMs: Date.now() - live.lastUsed,
      });
    }
    return held;
  }

  get size(): number {
    return this.tables.size;
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    for (const pending of this.tables.values()) {
      const live = await pending.catch(() => null);
      live?.actor.stop();
      await live?.saved.write;
    }
    this.tables.clear();
  }

  private evict(sessionId: string, live: LiveSession): void {
    live.actor.stop();
    this.tables.delete(sessionId);
  }

  private async sweep(): Promise<void> {
    for (const [sessionId, pending] of this.tables) {
      const live = await pending.catch(() => null);
      if (!live || Date.now() - live.lastUsed < this.options.idleTtlMs || !live.actor.getSnapshot().matches('awaitingAction')) continue;
      await live.saved.write;
      if (this.tables.get(sessionId) !== pending || !(await this.options.mayRetire(sessionId))) continue;
      this.evict(sessionId, live);
      this.options.retired(sessionId);
    }
  }
}
