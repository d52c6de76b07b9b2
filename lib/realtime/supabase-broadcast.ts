import { sessionTopic } from './channels';
import type { LiveEvent } from './live-events';

export type BroadcastSettings = { url: string; serviceKey: string };

/**
 * Carries live events to Supabase Realtime through its broadcast REST endpoint
 * (POST /realtime/v1/api/broadcast). Events published in the same tick go in
 * one request, in order; narration streams many small events.
 */
export class SupabaseBroadcaster {
  private batch: Array<{ topic: string; event: 'live'; payload: LiveEvent; private: true }> = [];
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly settings: BroadcastSettings) {}

  send = (sessionId: string, event: LiveEvent): void => {
    if (this.batch.length === 0) queueMicrotask(() => this.flush());
    this.batch.push({ topic: sessionTopic(sessionId), event: 'live', payload: event, private: true });
  };

  /** Resolves once everything sent so far has been handed to Supabase (or failed and been logged). */
  flushed(): Promise<void> {
    return this.sending;
  }

  private flush(): void {
    const messages = this.batch;
    this.batch = [];
    // One request at a time keeps the order of events across batches.
    this.sending = this.sending.then(() => this.post(messages));
  }

  private async post(messages: unknown[]): Promise<void> {
    try {
      const response = await fetch(`${this.settings.url.replace(/\/$/, '')}/realtime/v1/api/broadcast`, {
        method: 'POST',
        headers: { apikey: this.settings.serviceKey, Authorization: `Bearer ${this.settings.serviceKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ messages }),
      });
      if (!response.ok) console.warn(`[live] Supabase Realtime refused ${messages.length} events: ${response.status} ${await response.text()}`);
    } catch (error) {
      console.warn(`[live] Supabase Realtime unreachable; ${messages.length} events not broadcast:`, (error as Error).message);
    }
  }
}
