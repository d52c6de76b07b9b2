import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';

type Kind = 'actions' | 'chat';

const holder = globalThis as typeof globalThis & { roundtableLimiters?: Record<Kind, RateLimiterMemory> };

function limiters(): Record<Kind, RateLimiterMemory> {
  const { rateLimits } = getConfig();
  holder.roundtableLimiters ??= {
    actions: new RateLimiterMemory({ keyPrefix: 'actions', points: rateLimits.actions, duration: 60 }),
    chat: new RateLimiterMemory({ keyPrefix: 'chat', points: rateLimits.chat, duration: 60 }),
  };
  return holder.roundtableLimiters;
}

const what: Record<Kind, string> = { actions: 'actions', chat: 'messages' };

/** Counts one request against a person's allowance per minute; over it, a 429 says when to try again. */
export async function rateLimit(kind: Kind, userId: string): Promise<void> {
  try {
    await limiters()[kind].consume(userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError('too_many_requests', `Too many ${what[kind]} at once; try again in ${seconds} s`, seconds);
  }
}
