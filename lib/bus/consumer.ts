import {
  createResponse,
  createUpdate,
  parseEnvelope,
  type AgentName,
  type Envelope,
  type ResponseMessage,
  type UpdateMessage,
} from '@/lib/messages';
import { backoffDelay } from './backoff';
import { AgentError, HandlerTimeoutError } from './errors';
import type { BusMetrics } from './metrics';
import { PriorityQueue } from './priority-queue';
import type { RecentIds } from './recent-ids';
import type { Delivery } from './transports/transport';
import type { DeadLetterSink, HandlerContext, MessageHandler, RetryPolicy } from './types';

export type ConsumerDeps = {
  agent: AgentName;
  handler: MessageHandler;
  concurrency: number;
  retry: RetryPolicy;
  metrics: BusMetrics;
  deadLetters: DeadLetterSink;
  /**
   * Messages this agent finished, with the result it gave, so a redelivery is
   * answered, not handled again. Only the result is kept: keeping whole
   * response envelopes made them most of what a busy bus holds on to.
   */
  handled: RecentIds<Result>;
  /** Sends a reply; returns a promise only when the reply leaves this process. */
  reply(address: string | null, message: ResponseMessage | UpdateMessage): Promise<void> | void;
  resend(message: Envelope, replyTo: string | null): Promise<void>;
};

/** A message this process has taken, with every delivery of it that arrived while it was being handled. */
type Item = { message: Envelope; delivery: Delivery; copies?: Delivery[] };
type Result = Parameters<typeof createResponse>[1];

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** What a handler gets besides its message; the abort signal is made only if asked for. */
class Context implements HandlerContext {
  private controller: AbortController | undefined;

  constructor(
    private readonly consumer: AgentConsumer,
    private readonly item: Item,
  ) {}

  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    return this.controller.signal;
  }

  abort(reason: Error): void {
    this.controller?.abort(reason);
  }

  async update(eventType: string, data: unknown): Promise<void> {
    const { message, delivery } = this.item;
    if (message.messageType === 'request') await this.consumer.deps.reply(delivery.replyTo, createUpdate(message, eventType, data));
  }
}

/**
 * Handles one agent's deliveries on this process: high priority first, at most
 * `concurrency` at a time, each within its message's timeout; failures are
 * retried with backoff, then dead-lettered. A handler that answers at once is
 * settled in the same tick, which keeps in-process round trips cheap.
 *
 * Every handling of a message is one attempt, told apart by its retryCount,
 * which its updates and response carry, so a caller can follow the newest
 * attempt alone. A message redelivered while this process still handles it
 * joins that handling; one redelivered from elsewhere may still be handled
 * there, so it is queued again as a new attempt.
 */
export class AgentConsumer {
  private readonly queue = new PriorityQueue<Item>();
  /** Broker deliveries taken and not yet settled, by message id; in-process ones are never redelivered. */
  private readonly taken = new Map<string, Item>();
  private active = 0;
  private drainScheduled = false;

  constructor(readonly deps: ConsumerDeps) {}

  readonly onDelivery = (delivery: Delivery): void => {
    const message = this.read(delivery);
    if (!message) return;
    const item: Item = { message, delivery };
    if (!delivery.trusted) {
      const running = this.taken.get(message.messageId);
      if (running) {
        (running.copies ??= []).push(delivery);
        return;
      }
      this.taken.set(message.messageId, item);
    }
    this.queue.push(message.priority, item);
    // Drain after the current batch of deliveries is queued, so its priorities are honoured.
    if (!this.drainScheduled) {
      this.drainScheduled = true;
      queueMicrotask(() => {
        this.drainScheduled = false;
        this.drain();
      });
    }
  };

  private read(delivery: Delivery): Envelope | null {
    if (delivery.trusted) return delivery.body as Envelope;
    try {
      return parseEnvelope(delivery.body);
    } catch (error) {
      const body = delivery.body as { messageId?: unknown } | null;
      void this.deadLetter(delivery, {
        reason: describe(error),
        attempts: 0,
        messageId: typeof body?.messageId === 'string' ? body.messageId : null,
      });
      return null;
    }
  }

  private drain(): void {
    while (this.active < this.deps.concurrency && this.queue.size > 0) {
      const item = this.queue.shift()!;
      this.active += 1;
      const pending = this.process(item);
      if (pending) pending.then(this.release, (error: unknown) => this.settleFailed(item, error));
      else this.active -= 1;
    }
  }

  private readonly release = (): void => {
    this.active -= 1;
    this.drain();
  };

  private settleFailed(item: Item, error: unknown): void {
    // Settling can fail when the connection drops or the bus closes; the broker then redelivers.
    console.warn(`[bus] ${this.deps.agent} could not settle ${item.message.messageId}:`, describe(error));
    this.release();
  }

  /** Handles one message; returns a promise only when some of the work is still under way. */
  private process(item: Item): Promise<void> | undefined {
    const done = this.deps.handled.get(item.message.messageId);
    if (done) return this.settle(item, this.response(item, done));
    if (item.delivery.redelivered) return this.reattempt(item);
    const started = performance.now();
    const context = new Context(this, item);
    let outcome: unknown;
    try {
      outcome = this.deps.handler(item.message, context);
    } catch (error) {
      return this.failed(item, error);
    }
    if (!isPromise(outcome)) return this.succeeded(item, outcome, started);
    return this.withTimeout(item, context, outcome).then(
      (data) => this.succeeded(item, data, started),
      (error: unknown) => this.failed(item, error),
    );
  }

  private withTimeout(item: Item, context: Context, outcome: PromiseLike<unknown>): Promise<unknown> {
    const timeoutMs = item.message.metadata.timeout;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = new HandlerTimeoutError(timeoutMs);
        context.abort(error);
        reject(error);
      }, timeoutMs);
      outcome.then(
        (data) => {
          clearTimeout(timer);
          resolve(data);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private succeeded(item: Item, data: unknown, started: number): Promise<void> | undefined {
    this.deps.metrics.handled(this.deps.agent, performance.now() - started);
    return this.finish(item, { success: true, data: data ?? null });
  }

  private failed(item: Item, error: unknown): Promise<void> | undefined {
    const { message } = item;
    this.deps.metrics.failed(this.deps.agent);
    if (error instanceof AgentError) {
      return this.finish(item, { success: false, error: { code: error.code, message: error.message } });
    }
    if (message.metadata.retryCount < this.deps.retry.maxRetries) return this.retry(item);
    const reason = describe(error);
    return this.deadLetter(item.delivery, { reason, attempts: message.metadata.retryCount + 1, messageId: message.messageId }).then(
      () => this.finish(item, { success: false, error: { code: 'dead_lettered', message: reason } }, reason),
    );
  }

  /** Answers a request (if it is one), remembers the message as handled, and settles the delivery (rejected, when a reason is given). */
  private finish(item: Item, result: Result, rejected?: string): Promise<void> | undefined {
    this.deps.handled.set(item.message.messageId, result);
    return this.settle(item, this.response(item, result), rejected);
  }

  private response({ message }: Item, result: Result): ResponseMessage | null {
    return message.messageType === 'request' ? createResponse(message, result) : null;
  }

  private settle(item: Item, response: ResponseMessage | null, rejected?: string): Promise<void> | undefined {
    const replied = response ? this.deps.reply(item.delivery.replyTo, response) : undefined;
    const settled = rejected === undefined ? item.delivery.ack() : item.delivery.reject(rejected);
    // Copies that arrived meanwhile are settled with it: dead-lettering the message once is enough.
    const copies = this.letGo(item)?.map((copy) => copy.ack());
    if (copies) return Promise.all([replied, settled, ...copies]).then(() => undefined);
    if (replied && settled) return Promise.all([replied, settled]).then(() => undefined);
    return replied ?? settled ?? undefined;
  }

  /** This process is done with the message; returns the copies of it that arrived meanwhile, for settling. */
  private letGo(item: Item): Delivery[] | undefined {
    if (!item.delivery.trusted) this.taken.delete(item.message.messageId);
    return item.copies;
  }

  /** Waits, then queues the message again for any consumer; the original stays unsettled until then, so a crash loses nothing. */
  private async retry(item: Item): Promise<void> {
    this.deps.metrics.retried(this.deps.agent);
    await new Promise((resolve) => setTimeout(resolve, backoffDelay(this.deps.retry, item.message.metadata.retryCount)));
    await this.reattempt(item);
  }

  /** Queues the message again as the next attempt, for any consumer, then lets this delivery go. */
  private async reattempt(item: Item): Promise<void> {
    const { message, delivery } = item;
    // Released first: the new attempt may come back to this process before the old delivery is settled.
    const copies = this.letGo(item) ?? [];
    await this.deps.resend({ ...message, metadata: { ...message.metadata, retryCount: message.metadata.retryCount + 1 } }, delivery.replyTo);
    await Promise.all([delivery.ack(), ...copies.map((copy) => copy.ack())]);
  }

  private async deadLetter(delivery: Delivery, letter: { reason: string; attempts: number; messageId: string | null }) {
    this.deps.metrics.deadLettered(this.deps.agent);
    try {
      await this.deps.deadLetters.add({ agent: this.deps.agent, body: delivery.body, ...letter });
    } catch (error) {
      console.error(`[bus] could not store a dead letter for ${this.deps.agent}:`, error);
    }
    if (letter.attempts === 0) await delivery.reject(letter.reason);
  }
}
