import { describe, expect, it, vi } from 'vitest';
import { LiveHub } from '@/lib/realtime/hub';
import type { LiveEvent } from '@/lib/realtime/live-events';
import { HEARTBEAT_MS, PING_FRAME } from '@/lib/realtime/heartbeat';
import { sessionEventStream } from '@/lib/realtime/sse-stream';
import type { SessionEvent } from '@/lib/rules/session-log';
import { CountingHub } from '../../fixtures/counting-hub';
import { SseFrames } from '../../fixtures/sse-frames';

const entry = (seq: number) => ({ seq, type: 'table.resumed', at: '2026-11-26T12:00:00.000Z', data: { reason: `entry ${seq}` } }) as unknown as SessionEvent;

/** Reads `count` log entries' sequence numbers off the stream. */
async function readSeqs(stream: ReadableStream<Uint8Array>, count: number): Promise<number[]> {
  const reader = stream.getReader();
  const frames = new SseFrames();
  const seqs: number[] = [];
  while (seqs.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const { data } of frames.push(value)) {
      const event = JSON.parse(data) as LiveEvent;
      if (event.kind === 'log') seqs.push(event.event.seq);
    }
  }
  await reader.cancel();
  return seqs;
}

describe('the live feed', () => {
  it('fills a gap in live entries from the database, in order, once each', async () => {
    const hub = new LiveHub();
    const stored = [1, 2, 3, 4, 5].map(entry);
    let committed = 1;
    const stream = sessionEventStream({
      hub,
      sessionId: 's',
      userId: 'u',
      afterSeq: 0,
      signal: new AbortController().signal,
      backlog: async (after) => stored.filter((e) => e.seq > after && e.seq <= committed),
      current: async () => [],
    });
    const seqs = readSeqs(stream, 5);
    await new Promise((r) => setTimeout(r, 20));
    // Entries 2 and 3 were committed by an instance that died before passing them on; 4 arrives live.
    committed = 4;
    hub.publish('s', { kind: 'log', event: stored[3]! });
    hub.publish('s', { kind: 'log', event: stored[2]! });
    committed = 5;
    hub.publish('s', { kind: 'log', event: stored[4]! });
    expect(await seqs).toEqual([1, 2, 3, 4, 5]);
  });

  // Regression: a removed player's open feed went on streaming the table.
  it("closes a person's feed when the game master removes them, telling them why, and only theirs", async () => {
    const hub = new LiveHub();
    const open = (userId: string) =>
      sessionEventStream({ hub, sessionId: 's', userId, afterSeq: 0, signal: new AbortController().signal, backlog: async () => [], current: async () => [] });
    const kinds = async (stream: ReadableStream<Uint8Array>) => {
      const reader = stream.getReader();
      const frames = new SseFrames();
      const seen: string[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return seen;
        for (const { data } of frames.push(value)) seen.push((JSON.parse(data) as LiveEvent).kind);
        if (seen.length === 3) return seen;
      }
    };
    const removed = kinds(open('eve'));
    const stays = kinds(open('sam'));
    await new Promise((r) => setTimeout(r, 20));
    hub.publish('s', { kind: 'log', event: entry(1) });
    hub.publish('s', { kind: 'removed', userId: 'eve' });
    hub.publish('s', { kind: 'log', event: entry(2) });
    hub.publish('s', { kind: 'log', event: entry(3) });
    expect(await removed).toEqual(['log', 'removed']);
    expect(await stays).toEqual(['log', 'log', 'log']);
  });

  it('ends at once, holding nothing, when its browser left before it was first read', async () => {
    const hub = new CountingHub();
    const gone = new AbortController();
    const stream = sessionEventStream({ hub, sessionId: 's', userId: 'u', afterSeq: 0, signal: gone.signal, backlog: async () => [], current: async () => [] });
    gone.abort();
    expect((await stream.getReader().read()).done).toBe(true);
    expect(hub.listening).toBe(0);
  });
});

describe('the live feed’s heartbeat', () => {
  it('is a named "ping" event every 15 s, which a page’s watchdog hears and its onmessage ignores', async () => {
    vi.useFakeTimers();
    try {
      const stream = sessionEventStream({
        hub: new LiveHub(),
        sessionId: 's',
        userId: 'u',
        afterSeq: 0,
        signal: new AbortController().signal,
        backlog: async () => [],
        current: async () => [],
      });
      const reader = stream.getReader();
      const decoder = new TextDecoder();
      expect(decoder.decode((await reader.read()).value)).toBe('retry: 2000\n\n');
      const next = reader.read();
      await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
      const ping = decoder.decode((await next).value);
      expect(ping).toBe(PING_FRAME);
      expect(ping).toMatch(/^event: ping\ndata: .+\n\n$/);
      expect(new SseFrames().push(new TextEncoder().encode(ping))).toEqual([]);
      await reader.cancel();
    } finally {
      vi.useRealTimers();
    }
  });
});
