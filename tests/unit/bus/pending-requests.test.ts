import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestTimeoutError } from '@/lib/bus';
import { PendingRequests } from '@/lib/bus/pending-requests';
import { createRequest, createResponse, createUpdate } from '@/lib/messages';

const request = () => createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 's', action: 'echo' });

describe('PendingRequests', () => {
  afterEach(() => vi.useRealTimers());

  it('settles a request with its response and forgets it', async () => {
    const pending = new PendingRequests();
    const asked = request();
    const waiting = pending.wait(asked.correlationId, 1_000);
    const answer = createResponse(asked, { success: true, data: 7 });
    expect(pending.respond(answer)).toBe(true);
    await expect(waiting).resolves.toBe(answer);
    expect(pending.respond(answer)).toBe(false);
  });

  it('passes progress updates on without settling the request', async () => {
    const pending = new PendingRequests();
    const asked = request();
    const seen: unknown[] = [];
    const waiting = pending.wait(asked.correlationId, 1_000, (update) => seen.push(update.payload.data));
    pending.update(createUpdate(asked, 'narration.delta', 'The door'));
    pending.update(createUpdate(asked, 'narration.delta', ' creaks.'));
    pending.respond(createResponse(asked, { success: true, data: null }));
    await waiting;
    expect(seen).toEqual(['The door', ' creaks.']);
  });

  it('fails a request at its deadline, and a response after that is late', async () => {
    vi.useFakeTimers();
    const pending = new PendingRequests();
    const asked = request();
    const waiting = pending.wait(asked.correlationId, 50);
    const outcome = expect(waiting).rejects.toBeInstanceOf(RequestTimeoutError);
    vi.advanceTimersByTime(50);
    await outcome;
    expect(pending.respond(createResponse(asked, { success: true, data: 1 }))).toBe(false);
  });

  it('gives a reused correlation id to the newer request, and tells the older one', async () => {
    vi.useFakeTimers();
    const pending = new PendingRequests();
    const asked = request();
    const older = pending.wait(asked.correlationId, 50);
    const newer = pending.wait(asked.correlationId, 1_000);
    await expect(older).rejects.toThrow(/newer request took over/);
    vi.advanceTimersByTime(100);
    const answer = createResponse(asked, { success: true, data: 2 });
    expect(pending.respond(answer)).toBe(true);
    await expect(newer).resolves.toBe(answer);
  });

  it("follows the newest attempt at a request: an older attempt's later updates and its answer are dropped", async () => {
    const pending = new PendingRequests();
    const asked = request();
    const retried = { ...asked, metadata: { ...asked.metadata, retryCount: 1 } };
    const seen: unknown[] = [];
    const waiting = pending.wait(asked.correlationId, 1_000, (update) => seen.push(update.payload.data));
    pending.update(createUpdate(asked, 'narration.delta', 'first try'));
    pending.update(createUpdate(retried, 'narration.delta', 'second try'));
    pending.update(createUpdate(asked, 'narration.delta', 'first try, still talking'));
    expect(pending.respond(createResponse(asked, { success: true, data: 'from the first' }))).toBe(true);
    const answer = createResponse(retried, { success: true, data: 'from the second' });
    pending.respond(answer);
    await expect(waiting).resolves.toBe(answer);
    expect(seen).toEqual(['first try', 'second try']);
  });
});
