import { expect, test, type Request } from '@playwright/test';
import { rulebookPdf } from '../../scripts/fixtures/rulebook-pdf';

const feedRequest = (request: Request) => /\/api\/rulebooks\/imports\/[0-9a-f-]{36}\/events$/.test(request.url());

test('an import page whose progress feed falls silent (a laptop waking up) opens it again, and hears what happens next', async ({ page }) => {
  // The page's clock runs as usual until the test jumps it forward, as sleep does.
  await page.clock.install();
  const feeds: Request[] = [];
  page.on('request', (request) => {
    if (feedRequest(request)) feeds.push(request);
  });
  await page.goto('/rulebooks');
  await expect(page.getByTestId('rulebook-upload')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('rulebook-file').setInputFiles({ name: 'watched-rules.pdf', mimeType: 'application/pdf', buffer: await rulebookPdf({ outline: true }) });
  await page.getByTestId('rulebook-upload-button').click();
  await expect(page.getByTestId('section-picker')).toBeVisible();
  const opened = feeds.length;
  expect(opened).toBeGreaterThan(0);

  // Less than three missed pings is an import waiting for its sections, not a stalled feed.
  await page.clock.fastForward(20_000);
  await page.waitForTimeout(500);
  expect(feeds).toHaveLength(opened);

  const reopened = page.waitForRequest(feedRequest);
  await page.clock.fastForward(50_000);
  await reopened;

  // The feed opened again reports what happens next; cancelled, nothing joins the library other tests play by.
  const id = new URL(page.url()).pathname.split('/').at(-1);
  expect((await page.request.delete(`/api/rulebooks/imports/${id}`)).status()).toBe(204);
  await expect(page.getByTestId('import-error')).toContainText('The import was cancelled. Nothing was saved.');
  await expect(page.getByTestId('section-picker')).toHaveCount(0);
});
