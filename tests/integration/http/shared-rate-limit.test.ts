import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createLimiters, rateLimit } from '@/lib/http/rate-limit';
import { cleanUp, expectNoLeftovers, newNamespace, REDIS_URL, transportsUnderTest } from '../bus/transports';

const redis = (await transportsUnderTest()).find((t) => t.kind === 'redis')!;
const namespace = newNamespace();

afterAll(async () => {
  if (!redis.available) return;
  await cleanUp('redis', namespace);
  await expectNoLeftovers();
});

describe.skipIf(!redis.available)('rate limits on a Redis bus', () => {
  it("count a person's requests across app instances", async () => {
    const bus = { url: REDIS_URL, namespace, reclaimIdleMs: 1000 };
    const [first, second] = [createLimiters({ actions: 3, chat: 5, questions: 5 }, bus), createLimiters({ actions: 3, chat: 5, questions: 5 }, bus)];
    await rateLimit('actions', 'sam', first);
    await rateLimit('actions', 'sam', second);
    await rateLimit('actions', 'sam', first);
    const refused = await rateLimit('actions', 'sam', second).catch((e: unknown) => e);
    expect(AppError.is(refused) && refused.status).toBe(429);
    await expect(rateLimit('actions', 'robin', second)).resolves.toBeUndefined();
  });
});
