import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentBus, AgentError, MemoryTransport, RequestTimeoutError } from '@/lib/bus';
import { createRequest, type Envelope } from '@/lib/messages';

const ask = (parameters: Record<string, unknown> = {}, timeout = 1000) =>
  createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 's', action: 'echo', parameters, timeout });

afterEach(() => {
  vi.useRealTimers();
});

describe('request and response on the in-process bus', () => {
  it('resolves each request with the response that carries its correlation id', async () => {
    const bus = new AgentBus(new MemoryTransport());
    await bus.subscribe('dm', async (message) => {
      const n = message.messageType === 'request' ? Number(message.payload.parameters.n) : 0;
      await new Promise((r) => setTimeout(r, (5 - n) * 3)); // later requests answer first
      return { n };
    });
    const requests = [1, 2, 3, 4].map((n) => ask({ n }));
    const responses = await Promise.all(requests.map((r) => bus.request(r)));
    responses.forEach((response, i) => {
      expect(response.correlationId).toBe(requests[i]!.correlationId);
      expect(response.payload).toEqual({ success: true, data: { n: i + 1 } });
    });
  });

  it('streams updates to the caller before the response', async () => {
    const bus = new AgentBus(new MemoryTransport());
    await bus.subscribe('dm', async (_message, context) => {
      await context.update('narration.delta', 'The ');
      await context.update('narration.delta', 'door');
      return 'done';
    });
    const deltas: unknown[] = [];
    const response = await bus.request(ask(), { onUpdate: (u) => deltas.push(u.payload.data) });
    expect(deltas).toEqual(['The ', 'door']);
    expect(response.payload).toEqual({ success: true, data: 'done' });
  });

  it('answers an AgentError as an error response with its code', async () => {
    const bus = new AgentBus(new MemoryTransport());
    await bus.subscribe('dm', () => {
      throw new AgentError('invalid_request', 'state: required');
    });
    const response = await bus.request(ask());
    expect(response.payload).toEqual({ success: false, error: { code: 'invalid_request', message: 'state: required' } });
  });

  it('rejects with a timeout when nobody answers in time, and drops the late answer', async () => {
    vi.useFakeTimers();
    const recorded: Envelope[] = [];
    const bus = new AgentBus(new MemoryTransport(), (m) => recorded.push(m));
    await bus.subscribe('dm', () => new Promise((resolve) => setTimeout(() => resolve('late'), 5_000)));
    const request = ask({}, 200);
    const pending = bus.request(request);
    const assertion = expect(pending).rejects.toBeInstanceOf(RequestTimeoutError);
    await vi.advanceTimersByTimeAsync(200);
    await assertion;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(recorded.filter((m) => m.messageType === 'response' && m.correlationId === request.correlationId)).toHaveLength(1);
  });

  it('honours the timeout in the message metadata when none is given', async () => {
    vi.useFakeTimers();
    const bus = new AgentBus(new MemoryTransport());
    await bus.subscribe('dm', () => new Promise(() => {}));
    const pending = bus.request(ask({}, 750));
    const assertion = expect(pending).rejects.toThrow('No response within 750 ms');
    await vi.advanceTimersByTimeAsync(750);
    await assertion;
  });

  it('rejects a request to an agent nobody serves', async () => {
    const bus = new AgentBus(new MemoryTransport());
    await expect(bus.request(ask())).rejects.toThrow('No consumer for agent "dm"');
  });
});
