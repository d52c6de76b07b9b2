import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeToNodeResponse } from 'next/dist/server/pipe-readable';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveHub } from '@/lib/realtime/hub';
import type { PushStream } from '@/lib/realtime/push-stream';
import { sessionEventStream } from '@/lib/realtime/sse-stream';
import type { SessionEvent } from '@/lib/rules/session-log';
import { CountingHub } from '../../fixtures/counting-hub';
import { SseFrames } from '../../fixtures/sse-frames';

const entry = (seq: number) => ({ seq, type: 'table.resumed', at: '2026-12-07T12:00:00.000Z', data: { reason: `entry ${seq}` } }) as unknown as SessionEvent;

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/**
 * Sends the feed as Next.js sends a route handler's Response, with its own
 * `pipeToNodeResponse`, so an upgrade that changed how it pipes a body shows here.
 */
function serve(hub: LiveHub, streams: PushStream<Uint8Array>[]): Promise<number> {
  server = http.createServer((request, res) => {
    const abort = new AbortController();
    request.on('close', () => abort.abort());
    const stream = sessionEventStream({ hub, sessionId: 's', userId: 'u', afterSeq: 0, signal: abort.signal, backlog: async () => [entry(1)], current: async () => [] });
    streams.push(stream as PushStream<Uint8Array>);
    const response = new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
    response.headers.forEach((value, name) => res.setHeader(name, value));
    void pipeToNodeResponse(response.body!, res);
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve((server!.address() as AddressInfo).port)));
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('the live feed sent as Next.js sends a route body', () => {
  it('is written straight into the response, in order, and lets go of the table when the browser leaves', async () => {
    const hub = new CountingHub();
    const streams: PushStream<Uint8Array>[] = [];
    const port = await serve(hub, streams);
    const leave = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: leave.signal });
    const reader = response.body!.getReader();
    const frames = new SseFrames();
    const seqs: number[] = [];
    const read = (async () => {
      while (seqs.length < 3) {
        const { value, done } = await reader.read();
        if (done) return;
        for (const { data } of frames.push(value)) seqs.push((JSON.parse(data) as { event: SessionEvent }).event.seq);
      }
    })();
    await until(() => seqs.length === 1);
    hub.publish('s', { kind: 'log', event: entry(2) });
    hub.publish('s', { kind: 'log', event: entry(3) });
    await read;
    expect(seqs).toEqual([1, 2, 3]);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(streams[0]!.pipedDirectly).toBe(true);
    expect(hub.listening).toBe(1);
    leave.abort();
    await until(() => hub.listening === 0);
    // Exactly zero: the feed let go of the table once, though both it and its stream ended it.
    await new Promise((r) => setTimeout(r, 50));
    expect(hub.listening).toBe(0);
  });
});
