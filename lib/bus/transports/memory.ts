import type { AgentName, Envelope } from '@/lib/messages';
import type { Transport } from './transport';

type Consumer = (raw: unknown) => Promise<void>;

/** In-process transport: messages never leave this process. */
export class MemoryTransport implements Transport {
  private readonly consumers = new Map<AgentName, Consumer[]>();
  private readonly cursor = new Map<AgentName, number>();

  async send(message: Envelope): Promise<void> {
    const consumers = this.consumers.get(message.toAgent);
    if (!consumers?.length) throw new Error(`No consumer for agent "${message.toAgent}"`);
    // Round-robin like a broker's competing consumers, so several handlers share the load.
    const index = (this.cursor.get(message.toAgent) ?? 0) % consumers.length;
    this.cursor.set(message.toAgent, index + 1);
    const consumer = consumers[index]!;
    // A copy, so a handler can never mutate what the sender still holds.
    const copy = structuredClone(message);
    queueMicrotask(() => void consumer(copy));
  }

  async consume(agent: AgentName, onMessage: Consumer) {
    this.consumers.set(agent, [...(this.consumers.get(agent) ?? []), onMessage]);
    return async () => {
      this.consumers.set(
        agent,
        (this.consumers.get(agent) ?? []).filter((c) => c !== onMessage),
      );
    };
  }

  async close(): Promise<void> {
    this.consumers.clear();
  }
}
