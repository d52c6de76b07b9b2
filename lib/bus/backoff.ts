import type { RetryPolicy } from './types';

/**
 * Exponential backoff with full jitter: random in [0, base * 2^retry], capped,
 * so retries from many failed messages spread out instead of arriving together.
 */
export function backoffDelay(policy: RetryPolicy, retryCount: number, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryCount);
  return Math.round(random() * ceiling);
}
