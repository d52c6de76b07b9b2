import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveHub } from '@/lib/realtime/hub';
import { SupabaseBroadcaster } from '@/lib/realtime/supabase-broadcast';

type Received = { path: string | undefined; apikey: string | undefined; body: { messages: Array<{ topic: string; event: string; payload: { kind: string; delta?: string }; private: boolean }> } };
const received: Received[] = [];

/** Answers Supabase Realtime's broadcast endpoint as the documented REST API does. */
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push({ path: request.url, apikey: request.headers.apikey as string, body: JSON.parse(body) });
    response.writeHead(request.headers.apikey === 'service-key' ? 202 : 401);
    response.end();
  });
});
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('live events carried to Supabase Realtime', () => {
  it("broadcasts a session's events on its private channel, in order, those of one tick in one request", async () => {
    const hub = new LiveHub();
    const broadcaster = new SupabaseBroadcaster({ url, serviceKey: 'service-key' });
    hub.tap(broadcaster.send);
    const sessionId = '3f1e6c0a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
    for (const delta of ['The ', 'door ', 'creaks.']) hub.publish(sessionId, { kind: 'narration', turnId: 't', characterId: 'mira', attempt: 1, delta });
    await broadcaster.flushed();
    hub.publish(sessionId, { kind: 'narration', turnId: 't', characterId: 'mira', attempt: 1, delta: ' Then silence.' });
    await new Promise((r) => setTimeout(r, 0));
    await broadcaster.flushed();

    expect(received).toHaveLength(2);
    expect(received[0]!.path).toBe('/realtime/v1/api/broadcast');
    expect(received[0]!.apikey).toBe('service-key');
    expect(received[0]!.body.messages.map((m) => m.payload.delta)).toEqual(['The ', 'door ', 'creaks.']);
    expect(received[0]!.body.messages.every((m) => m.topic === `session:${sessionId}` && m.event === 'live' && m.private)).toBe(true);
    expect(received[1]!.body.messages.map((m) => m.payload.delta)).toEqual([' Then silence.']);
  });
});
