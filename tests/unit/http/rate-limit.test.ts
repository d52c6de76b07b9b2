import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { rateLimit } from '@/lib/http/rate-limit';
import { getConfig } from '@/lib/config';

describe('rate limits per person', () => {
  it("refuses a person's actions past the allowance with a 429 that says when to try again, and leaves others alone", async () => {
    const allowance = getConfig().rateLimits.actions;
    for (let i = 0; i < allowance; i++) await rateLimit('actions', 'busy-person');
    const error = await rateLimit('actions', 'busy-person').catch((e: unknown) => e);
    expect(AppError.is(error) && error.status).toBe(429);
    expect((error as AppError).retryAfter).toBeGreaterThan(0);
    expect((error as AppError).message).toMatch(/Too many actions/);
    await expect(rateLimit('actions', 'someone-else')).resolves.toBeUndefined();
    await expect(rateLimit('chat', 'busy-person')).resolves.toBeUndefined();
  });

  it('counts questions to a rulebook apart from actions, against their own allowance', async () => {
    const allowance = getConfig().rateLimits.questions;
    for (let i = 0; i < allowance; i++) await rateLimit('questions', 'curious-person');
    const error = await rateLimit('questions', 'curious-person').catch((e: unknown) => e);
    expect(AppError.is(error) && error.status).toBe(429);
    expect((error as AppError).message).toMatch(/Too many questions to a rulebook/);
    await expect(rateLimit('actions', 'curious-person')).resolves.toBeUndefined();
  });
});
