import type { LiveEvent } from './live-events';

export type LiveListener = (event: LiveEvent) => void;

/** Fans live events out to every listener of a session, in this process. */
export class LiveHub {
  private readonly listeners = new Map<string, Set<LiveListener>>();

  subscribe(sessionId: string, listener: LiveListener): () => void {
    const set = this.listeners.get(sessionId) ?? new Set();
    set.add(listener);
    this.listeners.set(sessionId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(sessionId);
    };
  }

  publish(sessionId: string, event: LiveEvent): void {
    for (const listener of this.listeners.get(sessionId) ?? []) {
      try {
        listener(event);
      } catch (error) {
        console.error(`[live] a listener of session ${sessionId} failed:`, error);
      }
    }
  }
}
