import type { LiveEvent } from './live-events';

export type LiveListener = (event: LiveEvent) => void;
export type LiveTap = (sessionId: string, event: LiveEvent) => void;

/** Fans live events out to every listener of a session, in this process. */
export class LiveHub {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly taps = new Set<LiveTap>();

  /** Sees every session's events, to carry them further (to Supabase Realtime, in hosted mode). */
  tap(tap: LiveTap): () => void {
    this.taps.add(tap);
    return () => this.taps.delete(tap);
  }

  subscribe(sessionId: string, listener: LiveListener): () => void {
    const set = this.listeners.get(sessionId) ?? new Set();
    set.add(listener);
    this.listeners.set(sessionId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(sessionId);
    };
  }

  /** An event that happened in this process: taps carry it further. */
  publish(sessionId: string, event: LiveEvent): void {
    for (const tap of this.taps) tap(sessionId, event);
    this.deliver(sessionId, event);
  }

  /** An event another process already published: only this process's listeners need it. */
  deliver(sessionId: string, event: LiveEvent): void {
    for (const listener of this.listeners.get(sessionId) ?? []) {
      try {
        listener(event);
      } catch (error) {
        console.error(`[live] a listener of session ${sessionId} failed:`, error);
      }
    }
  }
}
