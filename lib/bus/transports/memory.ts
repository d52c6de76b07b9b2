import type { AgentName, Envelope } from '@/lib/messages';
import type { ConsumeOptions, Delivery, Transport } from './transport';

type Consumer = { onDelivery: (delivery: Delivery) => void; prefetch: number; unsettled: number };
type Queued = { message: Envelope; replyTo: string | null };
type ReplyInbox = (body: unknown, trusted: boolean) => void;

/**
 * The queues of the in-process transport. Several buses in one process (as in
 * tests of competing consumers) can share one broker, each with its own
 * reply inbox.
 */
export class MemoryBroker {
  private readonly consumers = new Map<AgentName, Consumer[]>();
  private readonly queues = new Map<AgentName, Queued[]>();
  readonly inboxes = new Map<string, ReplyInbox>();
  readonly listeners = new Set<(body: unknown) => void>();
  private turn = 0;

  enqueue(message: Envelope, replyTo: string | null): void {
    const queue = this.queues.get(message.toAgent) ?? [];
    queue.push({ message, replyTo });
    this.queues.set(message.toAgent, queue);
    this.pump(message.toAgent);
  }

  addConsumer(agent: AgentName, consumer: Consumer): () => void {
    this.consumers.set(agent, [...(this.consumers.get(agent) ?? []), consumer]);
    this.pump(agent);
    return () => this.consumers.set(agent, (this.consumers.get(agent) ?? []).filter((c) => c !== consumer));
  }

  private pump(agent: AgentName): void {
    const queue = this.queues.get(agent);
    const consumers = this.consumers.get(agent);
    while (queue?.length && consumers?.length) {
      const consumer = this.nextWithCapacity(consumers);
      if (!consumer) return;
      const { message, replyTo } = queue.shift()!;
      consumer.unsettled += 1;
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        consumer.unsettled -= 1;
        this.pump(agent);
      };
      consumer.onDelivery({ body: message, trusted: true, replyTo, redelivered: false, ack: settle, reject: settle });
    }
  }

  private nextWithCapacity(consumers: Consumer[]): Consumer | undefined {
    for (let i = 0; i < consumers.length; i++) {
      const consumer = consumers[(this.turn + i) % consumers.length]!;
      if (consumer.unsettled < consumer.prefetch) {
        this.turn = (this.turn + i + 1) % consumers.length;
        return consumer;
      }
    }
    return undefined;
  }
}

/**
 * In-process transport: messages never leave this process. Deliveries are the
 * objects the bus validated on publish, which nothing else holds, so they are
 * marked trusted and not parsed a second time.
 */
export class MemoryTransport implements Transport {
  readonly kind = 'memory' as const;
  readonly replyAddress = `memory:${crypto.randomUUID()}`;
  private readonly stops = new Set<() => void>();
  private closed = false;

  constructor(private readonly broker = new MemoryBroker()) {}

  get connected(): boolean {
    return !this.closed;
  }

  async start(onReply: ReplyInbox): Promise<void> {
    this.broker.inboxes.set(this.replyAddress, onReply);
  }

  send(message: Envelope, options: { replyTo?: string } = {}): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The bus is closed'));
    this.broker.enqueue(message, options.replyTo ?? null);
    return Promise.resolve();
  }

  async reply(address: string, message: Envelope): Promise<void> {
    const inbox = this.broker.inboxes.get(address);
    if (!inbox) throw new Error(`Nobody receives replies at ${address}`);
    inbox(message, true);
  }

  async consume(agent: AgentName, onDelivery: (delivery: Delivery) => void, options: ConsumeOptions) {
    const stop = this.broker.addConsumer(agent, { onDelivery, prefetch: options.prefetch, unsettled: 0 });
    this.stops.add(stop);
    return async () => {
      stop();
      this.stops.delete(stop);
    };
  }

  async broadcast(body: unknown): Promise<void> {
    if (this.closed) throw new Error('The bus is closed');
    // A copy per listener, as a broker would deliver: no process can change what another receives.
    const text = JSON.stringify(body);
    for (const listener of this.broker.listeners) listener(JSON.parse(text));
  }

  async listen(onBroadcast: (body: unknown) => void) {
    this.broker.listeners.add(onBroadcast);
    const stop = () => void this.broker.listeners.delete(onBroadcast);
    this.stops.add(stop);
    return async () => {
      stop();
      this.stops.delete(stop);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const stop of this.stops) stop();
    this.stops.clear();
    this.broker.inboxes.delete(this.replyAddress);
  }
}
