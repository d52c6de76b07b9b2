import { describe, expect, it } from 'vitest';
import { LiveHub } from '@/lib/realtime/hub';
import type { LiveEvent } from '@/lib/realtime/live-events';
import { sessionEventStream } from '@/lib/realtime/sse-stream';
import type { SessionEvent } from '@/lib/rules/session-log';
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
});
