import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionTopic } from '@/lib/realtime/channels';
import { LiveHub } from '@/lib/realtime/hub';
import type { LiveEvent } from '@/lib/realtime/live-events';
import { SupabaseBroadcaster } from '@/lib/realtime/supabase-broadcast';
import { fakeSupabase } from '../../fixtures/fake-supabase';

let project: Awaited<ReturnType<typeof fakeSupabase>>;
const clients: SupabaseClient[] = [];

beforeAll(async () => {
  project = await fakeSupabase();
});
afterAll(async () => {
  for (const client of clients) await client.removeAllChannels();
  await project.close();
});

/** A browser's view of a table's channel, through realtime-js as the page uses it. */
async function follow(sessionId: string, accessToken: string | null) {
  const client = createClient(project.url, project.anonKey, { auth: { persistSession: false } });
  clients.push(client);
  if (accessToken) await client.realtime.setAuth(accessToken);
  const received: LiveEvent[] = [];
  const status = await new Promise<string>((resolve) =>
    client
      .channel(sessionTopic(sessionId), { config: { private: true } })
      .on('broadcast', { event: 'live' }, ({ payload }) => received.push(payload as LiveEvent))
      .subscribe((state) => state !== 'CLOSED' && resolve(state)),
  );
  return { status, received };
}

const token = () => project.auth.issue({ id: crypto.randomUUID(), aud: 'authenticated', role: 'authenticated', is_anonymous: true, app_metadata: {}, user_metadata: {}, created_at: '' }).access_token;
const narration = (delta: string): LiveEvent => ({ kind: 'narration', turnId: 't', characterId: 'mira', attempt: 1, delta });

describe('live events carried to Supabase Realtime', () => {
  it("reach a signed-in follower of the session's private channel in order, those of one tick in one request", async () => {
    const sessionId = crypto.randomUUID();
    const follower = await follow(sessionId, token());
    expect(follower.status).toBe('SUBSCRIBED');

    const hub = new LiveHub();
    const broadcaster = new SupabaseBroadcaster({ url: project.url, serviceKey: project.serviceKey });
    hub.tap(broadcaster.send);
    const posted = project.realtime.posts.length;
    for (const delta of ['The ', 'door ', 'creaks.']) hub.publish(sessionId, narration(delta));
    await broadcaster.flushed();
    hub.publish(sessionId, narration(' Then silence.'));
    await new Promise((r) => setTimeout(r, 0));
    await broadcaster.flushed();

    const posts = project.realtime.posts.slice(posted);
    expect(posts.map((messages) => messages.length)).toEqual([3, 1]);
    expect(posts.flat().every((m) => m.topic === sessionTopic(sessionId) && m.event === 'live' && m.private)).toBe(true);
    await expect.poll(() => follower.received.length).toBe(4);
    expect(follower.received.map((e) => (e.kind === 'narration' ? e.delta : e.kind))).toEqual(['The ', 'door ', 'creaks.', ' Then silence.']);
  });

  it('is refused by Realtime with a key that is not the service key, and the refusal is logged, not thrown', async () => {
    const broadcaster = new SupabaseBroadcaster({ url: project.url, serviceKey: 'not-the-service-key' });
    const posted = project.realtime.posts.length;
    broadcaster.send(crypto.randomUUID(), narration('lost'));
    await new Promise((r) => setTimeout(r, 0));
    await expect(broadcaster.flushed()).resolves.toBeUndefined();
    expect(project.realtime.posts.length).toBe(posted);
  });

  it('keeps a private channel from a follower without a signed-in token', async () => {
    expect((await follow(crypto.randomUUID(), null)).status).toBe('CHANNEL_ERROR');
  });
});
