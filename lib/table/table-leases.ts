import { claimLease, orphanedSessions, releaseLease } from '@/lib/db/queries/session-leases';
import type { Database } from '@/lib/db/types';

export type TableLeasesOptions = {
  db: Database;
  /** This instance's id, as other instances address it. */
  holder: string;
  ttlMs: number;
  /** Another instance took a table this one thought it played (this one stalled past its lease). */
  onLost(sessionId: string): void;
};

/**
 * The tables this app instance plays, when several share a database: each
 * lease is renewed while held and lapses when its instance dies, so another
 * instance can take the table over.
 */
export class TableLeases {
  private readonly held = new Map<string, ReturnType<typeof setInterval>>();

  constructor(private readonly options: TableLeasesOptions) {}

  get id(): string {
    return this.options.holder;
  }

  get ttlMs(): number {
    return this.options.ttlMs;
  }

  holds(sessionId: string): boolean {
    return this.held.has(sessionId);
  }

  /** The tables this instance plays now. */
  get tables(): string[] {
    return [...this.held.keys()];
  }

  /** Takes the table unless another instance plays it; returns who plays it now. */
  async claim(sessionId: string): Promise<string | null> {
    const holder = await claimLease(this.options.db, { sessionId, holder: this.id, ttlMs: this.options.ttlMs });
    if (holder === this.id) this.keep(sessionId);
    else this.lose(sessionId);
    return holder;
  }

  async release(sessionId: string): Promise<void> {
    if (!this.held.has(sessionId)) return;
    clearInterval(this.held.get(sessionId));
    this.held.delete(sessionId);
    await releaseLease(this.options.db, { sessionId, holder: this.id });
  }

  /** Tables nobody plays that need someone to: their holder died, or actions wait and nobody holds them. */
  orphans(): Promise<string[]> {
    return orphanedSessions(this.options.db);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.held.keys()].map((sessionId) => this.release(sessionId).catch(() => {})));
  }

  private keep(sessionId: string): void {
    if (this.held.has(sessionId)) return;
    // Renewing at a third of the lease leaves two tries before it lapses.
    const timer = setInterval(() => {
      this.claim(sessionId).catch((error: unknown) => console.warn(`[leases] could not renew ${sessionId}:`, (error as Error).message));
    }, this.options.ttlMs / 3);
    timer.unref();
    this.held.set(sessionId, timer);
  }

  private lose(sessionId: string): void {
    if (!this.held.has(sessionId)) return;
    clearInterval(this.held.get(sessionId));
    this.held.delete(sessionId);
    this.options.onLost(sessionId);
  }
}
