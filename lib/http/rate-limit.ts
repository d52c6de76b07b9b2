import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getConfig, type BusConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';

type Kind = 'actions' | 'chat' | 'questions';
type Limiters = Record<Kind, RateLimiterAbstract>;

const holder = globalThis as typeof globalThis & { roundtableLimiters?: Limiters };

/**
 * Allowances per person per minute. On a Redis bus, every app instance counts
 * in Redis, so a person's allowance holds across instances; should Redis be
 * unreachable, each instance counts on its own meanwhile.
 */
export function createLimiters(perMinute: Record<Kind, number>, bus: BusConfig): Limiters {
  const shared = /^rediss?:/.test(bus.url) ? new Redis(bus.url, { maxRetriesPerRequest: 1 }) : null;
  shared?.on('error', () => {
    // The insurance limiter below takes over; ioredis reconnects by itself.
  });
  const make = (kind: Kind): RateLimiterAbstract => {
    const options = { keyPrefix: `${bus.namespace}limit:${kind}`, points: perMinute[kind], duration: 60 };
    const local = new RateLimiterMemory(options);
    return shared ? new RateLimiterRedis({ ...options, storeClient: shared, insuranceLimiter: local }) : local;
  };
  return { actions: make('actions'), chat: make('chat'), questions: make('questions') };
}

const what: Record<Kind, string> = { actions: 'actions', chat: 'messages', questions: 'questions to a rulebook' };

/** Counts one request against a person's allowance per minute; over it, a 429 says when to try again. */
export async function rateLimit(kind: Kind, userId: string, limiters: Limiters = defaultLimiters()): Promise<void> {
  try {
    await limiters[kind].consume(userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError('too_many_requests', `Too many ${what[kind]} at once; try again in ${seconds} s`, seconds);
  }
}

function defaultLimiters(): Limiters {
  const { rateLimits, bus } = getConfig();
  holder.roundtableLimiters ??= createLimiters(rateLimits, bus);
  return holder.roundtableLimiters;
}
