// The server half of `npm run bench -- fanout`, in a process of its own so its memory is its own:
// the live feed's SSE streams over HTTP, and, as the anchor, the same events written to plain responses.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeToNodeResponse } from 'next/dist/server/pipe-readable';
import { LiveHub } from '@/lib/realtime/hub';
import type { LiveEvent } from '@/lib/realtime/live-events';
import { sessionEventStream } from '@/lib/realtime/sse-stream';

export type ServerCommand = { type: 'publish'; via: 'feed' | 'raw'; sessions: string[]; mark: number } | { type: 'settle' } | { type: 'memory' };

const hub = new LiveHub();
// What the live feed sends a browser as it connects (the route adds the state and who is present); the anchor writes it too.
const joined: LiveEvent = { kind: 'status', phase: 'awaitingAction', turnId: null, characterId: 'mira', action: null, error: null, paused: false };
const raw = new Map<string, Set<http.ServerResponse>>();

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const sessionId = url.searchParams.get('session') ?? 's';
  if (url.pathname === '/raw') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    const set = raw.get(sessionId) ?? new Set();
    set.add(res);
    res.write(`data: ${JSON.stringify(joined)}\n\n`);
    raw.set(sessionId, set);
    req.on('close', () => set.delete(res));
    return;
  }
  const abort = new AbortController();
  req.on('close', () => abort.abort());
  const stream = sessionEventStream({ hub, sessionId, userId: 'bench', afterSeq: 0, backlog: async () => [], current: async () => [joined], signal: abort.signal });
  // Sent as Next.js sends a route handler's Response: the same function, the same pipe into the socket.
  const response = new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  await pipeToNodeResponse(response.body!, res);
});
server.keepAliveTimeout = 0;
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));

process.on('message', async (command: ServerCommand) => {
  if (command.type === 'settle') {
    global.gc?.();
    process.send!({ settled: true });
    return;
  }
  if (command.type === 'memory') {
    global.gc?.();
    process.send!({ memory: process.memoryUsage() });
    return;
  }
  for (const sessionId of command.sessions) {
    // The clock is read as the event leaves, as the table would publish it right after a commit.
    const event: LiveEvent = { kind: 'narration', turnId: 'bench', characterId: 'bench', attempt: 1, delta: `${command.mark}@${process.hrtime.bigint()}` };
    if (command.via === 'feed') {
      hub.publish(sessionId, event);
    } else {
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      for (const res of raw.get(sessionId) ?? []) res.write(frame);
    }
    // Each session's commit is a turn of the event loop of its own, so the stream's writes (which
    // follow on promise callbacks) go out before the next session's clock is read, as the anchor's do.
    await new Promise((resolve) => setImmediate(resolve));
  }
});
