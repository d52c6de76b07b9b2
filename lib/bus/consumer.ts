import { LRUCache } from 'lru-cache';
import { createResponse, createUpdate, parseEnvelope, type AgentName, type Envelope, type ResponseMessage } from '@/lib/messages';
import { backoffDelay } from './backoff';
import { AgentError, HandlerTimeoutError } from './errors';
import type { BusMetrics } from './metrics';
import { PriorityQueue } from './priority-queue';
import type { Delivery } from './transports/transport';
import type { DeadLetterSink, MessageHandler, RetryPolicy } from './types';

export type ConsumerDeps = {
  agent: AgentName;
  handler: MessageHandler;
  concurrency: number;
  retry: RetryPolicy;
  metrics: BusMetrics;
  deadLetters: DeadLetterSink;
  /** Messages this agent finished, with the response it gave, so a redelivery is answered, not handled again. */
  handled: LRUCache<string, { response: ResponseMessage | null }>;
  reply(address: string | null, message: Envelope): Promise<void>;
  resend(message: Envelope, replyTo: string | null): Promise<void>;
};

type Item = { message: Envelope; delivery: Delivery };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Handles one agent's deliveries on this process: high priority first, at most
 * `concurrency` at a time, each within its message's timeout; failures are
 * retried with backoff, then dead-lettered.
 */
export class AgentConsumer {
  private readonly queue = new PriorityQueue<Item>();
  private active = 0;
  private drainScheduled = false;

  constructor(private readonly deps: ConsumerDeps) {}

  readonly onDelivery = (delivery: Delivery): void => {
    const message = this.read(delivery);
    if (!message) return;
    this.queue.push(message.priority, { message, delivery });
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
      void this.process(item)
        .catch((error: unknown) => {
          // Settling can fail when the connection drops or the bus closes; the broker then redelivers.
          console.warn(`[bus] ${this.deps.agent} could not settle ${item.message.messageId}:`, describe(error));
        })
        .finally(() => {
          this.active -= 1;
          this.drain();
        });
    }
  }

  private async process({ message, delivery }: Item): Promise<void> {
    const { agent, metrics } = this.deps;
    const done = this.deps.handled.get(message.messageId);
    if (done) {
      if (done.response) await this.deps.reply(delivery.replyTo, done.response);
      await delivery.ack();
      return;
    }
    const started = performance.now();
    try {
      const data = await this.run(message, delivery.replyTo);
      metrics.handled(agent, performance.now() - started);
      await this.finish(message, delivery, { success: true, data: data ?? null });
    } catch (error) {
      metrics.failed(agent);
      if (error instanceof AgentError) {
        await this.finish(message, delivery, { success: false, error: { code: error.code, message: error.message } });
      } else if (message.metadata.retryCount < this.deps.retry.maxRetries) {
        await this.retry(message, delivery);
      } else {
        const reason = describe(error);
        await this.deadLetter(delivery, { reason, attempts: message.metadata.retryCount + 1, messageId: message.messageId });
        await this.finish(message, delivery, { success: false, error: { code: 'dead_lettered', message: reason } }, false);
      }
    }
  }

  private run(message: Envelope, replyTo: string | null): Promise<unknown> {
    const controller = new AbortController();
    const timeoutMs = message.metadata.timeout;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = new HandlerTimeoutError(timeoutMs);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
      const context = {
        signal: controller.signal,
        update: (eventType: string, data: unknown) =>
          message.messageType === 'request'
            ? this.deps.reply(replyTo, createUpdate(message, eventType, data))
            : Promise.resolve(),
      };
      Promise.resolve()
        .then(() => this.deps.handler(message, context))
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  }

  /** Answers a request (if it is one), remembers the message as handled, and settles the delivery. */
  private async finish(
    message: Envelope,
    delivery: Delivery,
    result: Parameters<typeof createResponse>[1],
    ack = true,
  ): Promise<void> {
    const response = message.messageType === 'request' ? createResponse(message, result) : null;
    this.deps.handled.set(message.messageId, { response });
    if (response) await this.deps.reply(delivery.replyTo, response);
    await (ack ? delivery.ack() : delivery.reject());
  }

  /** Waits, then queues the message again for any consumer; the original stays unsettled until then, so a crash loses nothing. */
  private async retry(message: Envelope, delivery: Delivery): Promise<void> {
    const retryCount = message.metadata.retryCount;
    this.deps.metrics.retried(this.deps.agent);
    await new Promise((resolve) => setTimeout(resolve, backoffDelay(this.deps.retry, retryCount)));
    await this.deps.resend({ ...message, metadata: { ...message.metadata, retryCount: retryCount + 1 } }, delivery.replyTo);
    await delivery.ack();
  }

  private async deadLetter(delivery: Delivery, letter: { reason: string; attempts: number; messageId: string | null }) {
    this.deps.metrics.deadLettered(this.deps.agent);
    try {
      await this.deps.deadLetters.add({ agent: this.deps.agent, body: delivery.body, ...letter });
    } catch (error) {
      console.error(`[bus] could not store a dead letter for ${this.deps.agent}:`, error);
    }
    if (letter.attempts === 0) await delivery.reject();
  }
}
