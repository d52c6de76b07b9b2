import { expect, test, type Request } from '@playwright/test';
import { startSampleSession } from './table-steps';

const feedRequest = (request: Request) => /\/api\/sessions\/[0-9a-f-]{36}\/live\?after=\d+$/.test(request.url());
const afterOf = (request: Request) => Number(new URL(request.url()).searchParams.get('after'));

test('a feed that falls silent (a laptop waking up) is opened again after the last entry it brought, and the table plays on', async ({ page }) => {
  // The page's clock runs as usual until the test jumps it forward, as sleep does.
  await page.clock.install();
  const feeds: Request[] = [];
  page.on('request', (request) => {
    if (feedRequest(request)) feeds.push(request);
  });
  await startSampleSession(page);
  const log = page.getByTestId('log');
  await page.getByTestId('action-input').fill('I search the altar for traps');
  await page.getByTestId('action-input').press('Enter');
  await expect(log.locator('[data-type="dm.narrated"][data-character="mira"]')).toHaveCount(1);
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');
  const opened = feeds.length;

  // Less than three missed pings is a quiet table, not a stalled feed.
  await page.clock.fastForward(20_000);
  await page.waitForTimeout(500);
  expect(feeds).toHaveLength(opened);

  const reopened = page.waitForRequest(feedRequest);
  await page.clock.fastForward(50_000);
  const request = await reopened;
  // It resumes after the last entry it brought, not from where the page first opened it.
  expect(afterOf(request)).toBeGreaterThan(afterOf(feeds[0]!));

  await page.getByTestId('action-input').fill('I light a torch and look around');
  await page.getByTestId('action-input').press('Enter');
  await expect(log.locator('[data-type="dm.narrated"][data-character="mira"]')).toHaveCount(2);
  await expect(log.locator('[data-type="player.acted"][data-character="mira"]')).toHaveCount(2);
});
