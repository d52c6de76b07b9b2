import { expect, test, type APIRequestContext } from '@playwright/test';
import { bombPdf } from '../../scripts/fixtures/bomb-pdf';

/** Asks /api/health over and over until stopped, timing each answer. */
function watchHealth(request: APIRequestContext): { stop: () => Promise<number[]> } {
  const timings: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const response = await request.get('/api/health');
      timings.push(Date.now() - started);
      expect(response.status()).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return timings;
    },
  };
}

// Regression: a 31 KB PDF whose content stream inflated to about 10 MB kept pdf.js busy on the
// server's own thread, and /api/health took 7.1 s to answer while it was read.
test('a decompression bomb fails its import with a clear reason while the server keeps answering', async ({ request }) => {
  const bomb = await bombPdf({ megabytes: 16 });
  expect(bomb.length).toBeLessThan(64 * 1024);
  const health = watchHealth(request);
  const upload = await request.post('/api/rulebooks/imports', {
    multipart: { file: { name: 'bomb.pdf', mimeType: 'application/pdf', buffer: bomb } },
  });
  expect(upload.status()).toBe(202);
  const { id } = (await upload.json()) as { id: string };

  await expect
    .poll(async () => (await (await request.get(`/api/rulebooks/imports/${id}`)).json()).status, { timeout: 30_000 })
    .not.toBe('working');
  const timings = await health.stop();
  expect(timings.length).toBeGreaterThan(0);
  // Generous: the server's thread must never be held up for anything like the seconds pdf.js takes.
  expect(Math.max(...timings)).toBeLessThan(1000);
  const view = (await (await request.get(`/api/rulebooks/imports/${id}`)).json()) as { status: string; error: string };
  expect(view.status).toBe('failed');
  expect(view.error).toMatch(/^This PDF holds compressed content that expands from \d+ KB to more than [\d.]+ MB, over 100 times its size/);
  expect(view.error).toMatch(/print or export it to a new PDF and upload that copy\.$/);
});
