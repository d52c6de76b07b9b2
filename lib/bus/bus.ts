import {
  parseEnvelope,
  type AgentName,
  type Envelope,
  type RequestMessage,
  type ResponseMessage,
  type UpdateMessage,
} from '@/lib/messages';
import { AgentConsumer } from './consumer';
import { BusMetrics } from './metrics';
import { PendingRequests } from './pending-requests';
import { RecentIds } from './recent-ids';
import type { Transport } from './transports/transport';
import type {
  DeadLetterSink,
  MessageBus,
  MessageHandler,
  MessageRecorder,
  RequestOptions,
  RetryPolicy,
  SubscribeOptions,
  Unsubscribe,
} from './types';

export type AgentBusOptions = {
  transport: Transport;
  deadLetters: DeadLetterSink;
  recorder?: MessageRecorder;
  metrics?: BusMetrics;
  retry?: Partial<RetryPolicy>;
  /** How many handled message ids each subscriber remembers to recognise redeliveries. */
  handledMemory?: number;
};

const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 5_000 };
const DEFAULT_CONCURRENCY = 32;

/**
 * The agents' message bus over any transport: validation, request/response
 * correlation, tracing, and per-agent consumers with priority, retries,
 * dead letters and redelivery detection.
 */
export class AgentBus implements MessageBus {
  readonly metrics: BusMetrics;
  private readonly pending = new PendingRequests();
  private readonly retry: RetryPolicy;
  private readonly recorder: MessageRecorder;
  private readonly stops = new Set<Unsubscribe>();
  private started: Promise<void> | undefined;
  private isStarted = false;
  private readonly sendOptions: { replyTo: string };

  constructor(private readonly options: AgentBusOptions) {
    this.sendOptions = { replyTo: options.transport.replyAddress };
    this.metrics = options.metrics ?? new BusMetrics();
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.recorder = options.recorder ?? (() => {});
  }


  publish(message: Envelope): Promise<void> {
    if (!this.isStarted) return this.start().then(() => this.publish(message));
    let valid: Envelope;
    try {
      valid = parseEnvelope(message);
    } catch (error) {
      return Promise.reject(error);
    }
    this.recorder(valid);
    if (valid.messageType === 'response' || valid.messageType === 'update') {
      this.deliverReply(valid);
      return Promise.resolve();
    }
    return this.options.transport.send(valid, this.sendOptions);
  }

  async subscribe(agent: AgentName, handler: MessageHandler, options: SubscribeOptions = {}): Promise<Unsubscribe> {
    await this.start();
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    const consumer = new AgentConsumer({
      agent,
      handler,
      concurrency,
      retry: this.retry,
      metrics: this.metrics,
      deadLetters: this.options.deadLetters,
      handled: new RecentIds(this.options.handledMemory ?? 10_000),
      reply: (address, reply) => this.sendReply(address, reply),
      resend: (again, replyTo) => this.resend(again, replyTo),
    });
    const prefetch = options.prefetch ?? Math.max(concurrency * 2, 16);
    const stop = await this.options.transport.consume(agent, consumer.onDelivery, { prefetch });
    this.stops.add(stop);
    return async () => {
      this.stops.delete(stop);
      await stop();
    };
  }

  request(message: RequestMessage, options: RequestOptions = {}): Promise<ResponseMessage> {
    const response = this.pending.wait(message.correlationId, options.timeout ?? message.metadata.timeout, options.onUpdate);
    this.publish(message).catch((error: unknown) => this.pending.fail(message.correlationId, error));
    return response;
  }

  /** Whether the transport's broker connection is up now. */
  get connected(): boolean {
    return this.options.transport.connected;
  }

  /** Whether other processes share this bus (a broker), so broadcasts reach beyond this process. */
  get shared(): boolean {
    return this.options.transport.kind !== 'memory';
  }

  /** Sends a note to every process on the bus, this one included; see Transport.broadcast. */
  broadcast(body: unknown): Promise<void> {
    return this.options.transport.broadcast(body);
  }

  async listen(onBroadcast: (body: unknown) => void): Promise<Unsubscribe> {
    // Started first: a transport that connects for listening must already know where replies go.
    await this.start();
    const stop = await this.options.transport.listen(onBroadcast);
    this.stops.add(stop);
    return async () => {
      this.stops.delete(stop);
      await stop();
    };
  }

  async close(): Promise<void> {
    for (const stop of [...this.stops]) await stop();
    this.stops.clear();
    await this.options.transport.close();
  }

  private start(): Promise<void> {
    this.started ??= this.options.transport
      .start((body, trusted) => this.receiveReply(body, trusted))
      .then(() => {
        this.isStarted = true;
      });
    return this.started;
  }

  // Replies and retries are built here from a message already validated on
  // its way in (only the handler's data is new, and it may be any value), so
  // they are valid by construction and are not parsed again.

  private sendReply(address: string | null, reply: ResponseMessage | UpdateMessage): Promise<void> | void {
    this.recorder(reply);
    const transport = this.options.transport;
    if (address === null || address === transport.replyAddress) this.deliverReply(reply);
    else return transport.reply(address, reply);
  }

  private async resend(message: Envelope, replyTo: string | null): Promise<void> {
    this.recorder(message);
    await this.options.transport.send(message, replyTo ? { replyTo } : {});
  }

  private receiveReply(body: unknown, trusted: boolean): void {
    let message: Envelope;
    try {
      message = trusted ? (body as Envelope) : parseEnvelope(body);
    } catch (error) {
      console.warn('[bus] dropped an unreadable reply:', (error as Error).message);
      return;
    }
    if (message.messageType === 'response' || message.messageType === 'update') this.deliverReply(message);
  }

  /** Hands a reply to the request waiting for it; one nobody waits for any more (it came too late) is dropped, its trace kept. */
  private deliverReply(message: ResponseMessage | UpdateMessage): void {
    if (message.messageType === 'update') this.pending.update(message);
    else if (!this.pending.respond(message)) {
      console.warn(`[bus] dropped a late response for ${message.correlationId} from ${message.fromAgent}`);
    }
  }
}
