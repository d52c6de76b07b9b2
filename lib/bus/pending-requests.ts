import type { ResponseMessage, UpdateMessage } from '@/lib/messages';
import { RequestTimeoutError } from './errors';

type Waiter = {
  correlationId: string;
  resolve: (response: ResponseMessage) => void;
  reject: (error: unknown) => void;
  onUpdate: ((update: UpdateMessage) => void) | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  timeoutMs: number;
  /** The newest attempt (retryCount) heard from: older attempts' updates and answer are dropped. */
  attempt: number;
};

/**
 * Requests waiting for their response, by correlation id, each until its
 * deadline. A round trip on the in-process bus takes a few microseconds, so
 * this avoids a closure per request.
 *
 * A request may be handled more than once (retried, or redelivered while an
 * earlier handling still runs); each attempt's replies carry its retryCount.
 * A request follows the newest attempt it has heard from to the end, so the
 * progress it passes on never mixes two attempts and its answer is that
 * attempt's (or a later one's).
 */
export class PendingRequests {
  // A dictionary object, not a Map: a Map that often empties and refills
  // links each discarded table to the next, so one that reached the old
  // generation keeps every later waiter (and all it refers to) alive through
  // young-generation collections, which made them the bus's slowest moments.
  private readonly waiters: Record<string, Waiter | undefined> = Object.create(null);

  wait(correlationId: string, timeoutMs: number, onUpdate?: (update: UpdateMessage) => void): Promise<ResponseMessage> {
    this.take(correlationId)?.reject(new Error(`A newer request took over correlation id ${correlationId}`));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { correlationId, resolve, reject, onUpdate, timer: undefined, timeoutMs, attempt: 0 };
      waiter.timer = setTimeout(this.expire, timeoutMs, waiter);
      this.waiters[correlationId] = waiter;
    });
  }

  /** Settles the request a response answers; false when nobody waits for it any more. */
  respond(response: ResponseMessage): boolean {
    const waiter = this.waiters[response.correlationId];
    if (waiter && response.metadata.retryCount < waiter.attempt) {
      console.warn(`[bus] dropped the answer of attempt ${response.metadata.retryCount} to ${response.correlationId}: attempt ${waiter.attempt} is under way`);
      return true;
    }
    this.take(response.correlationId)?.resolve(response);
    return waiter !== undefined;
  }

  /** Passes progress on, unless a newer attempt has been heard from; the first update of a newer attempt supersedes the older ones. */
  update(update: UpdateMessage): void {
    const waiter = this.waiters[update.correlationId];
    if (!waiter || update.metadata.retryCount < waiter.attempt) return;
    waiter.attempt = update.metadata.retryCount;
    try {
      waiter.onUpdate?.(update);
    } catch (error) {
      // The caller's trouble with a progress report is its own; on the in-process bus it would otherwise fail the sender.
      console.warn(`[bus] a progress report for ${update.correlationId} was not taken:`, (error as Error).message);
    }
  }

  fail(correlationId: string, error: unknown): void {
    this.take(correlationId)?.reject(error);
  }

  private take(correlationId: string): Waiter | undefined {
    const waiter = this.waiters[correlationId];
    if (!waiter) return undefined;
    clearTimeout(waiter.timer);
    delete this.waiters[correlationId];
    return waiter;
  }

  private readonly expire = (waiter: Waiter): void => {
    delete this.waiters[waiter.correlationId];
    waiter.reject(new RequestTimeoutError(waiter.correlationId, waiter.timeoutMs));
  };
}
