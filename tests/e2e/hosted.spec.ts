import { expect, test, type Page } from '@playwright/test';
import { actAndWatch, joinByInvite } from './table-steps';

const supabase = `http://127.0.0.1:${Number(process.env.E2E_SUPABASE_PORT ?? 54329)}`;

type ProjectState = { users: number; joins: Array<{ topic: string; userId: string | null; private: boolean; accepted: boolean }>; broadcasts: number };

async function projectState(page: Page): Promise<ProjectState> {
  return (await page.request.get(`${supabase}/__fake/state`)).json();
}

test('hosted: people sign in with Supabase Auth and follow the table over Supabase Realtime', async ({ page: gm, browser, baseURL }) => {
  test.setTimeout(120_000);
  const feeds: string[] = [];
  gm.on('request', (request) => new URL(request.url()).pathname.endsWith('/live') && feeds.push(request.url()));
  const usersBefore = (await projectState(gm)).users;

  // Signing in makes an anonymous Supabase user, whose token the server confirms with Supabase.
  await gm.goto('/');
  await gm.getByTestId('player-name').fill('Robin');
  await gm.getByTestId('sign-in').click();
  await expect(gm.getByText('Playing as Robin')).toBeVisible();
  expect((await projectState(gm)).users).toBe(usersBefore + 1);

  const opened = await gm.request.post('/api/sessions', { data: { campaignId: 'sunken-shrine', seed: 1 } });
  expect(opened.status()).toBe(201);
  const { sessionId, url } = (await opened.json()) as { sessionId: string; url: string };
  await gm.goto(url);
  await expect(gm.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await gm.getByTestId('invite').click();
  const link = await gm.getByTestId('invite-link').inputValue();

  const player = await joinByInvite(browser, baseURL, link, 'Sam', 'kestrel');

  // Both joined the table's private channel with their own Supabase users' tokens.
  await expect
    .poll(async () => new Set((await projectState(gm)).joins.filter((j) => j.topic === `realtime:session:${sessionId}` && j.private && j.accepted).map((j) => j.userId)).size)
    .toBe(2);

  // Presence and the player's action reach the game master through Realtime; the narration streams in.
  await expect(gm.locator('[data-testid="person"][data-online="true"]', { hasText: 'Sam' })).toBeVisible();
  await actAndWatch(player, [gm], 'kestrel', 'I scout the corridor ahead');
  expect((await projectState(gm)).broadcasts).toBeGreaterThan(0);
  // Nothing came over the SSE feed: hosted, Realtime carries it all.
  expect(feeds).toEqual([]);
  await player.context().close();
});
