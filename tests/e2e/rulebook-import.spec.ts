import path from 'node:path';
import { expect, test } from '@playwright/test';
import { knownPassages, rulebookPdf } from '../../scripts/fixtures/rulebook-pdf';
import { startSampleSession } from './table-steps';

test('a game master imports a rulebook, chooses its sections, and the DM cites it in play', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/rulebooks');
  await expect(page.getByTestId('rulebook-upload')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('rulebook-file').setInputFiles({ name: 'test-rules.pdf', mimeType: 'application/pdf', buffer: await rulebookPdf({ outline: true }) });
  await page.getByTestId('rulebook-upload-button').click();
  await expect(page).toHaveURL(/\/rulebooks\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('rulebook-import')).toHaveAttribute('data-hydrated', 'true');

  // Every value the progress bar takes, recorded from inside the page as it paints.
  await page.evaluate(() => {
    const w = window as unknown as { progress: number[] };
    w.progress = [];
    const read = () => {
      const value = Number(document.querySelector('[data-testid="import-progress-bar"]')?.getAttribute('aria-valuenow'));
      if (w.progress.at(-1) !== value) w.progress.push(value);
    };
    read();
    new MutationObserver(read).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });

  const picker = page.getByTestId('section-picker');
  await expect(picker).toBeVisible();
  await expect(page.getByTestId('stage-extract')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('stage-select')).toHaveAttribute('data-state', 'active');
  await expect(picker.getByTestId('section-choice').filter({ hasText: 'Table: Weapons' })).toHaveAttribute('data-kind', 'table');
  // Leave out the chapter on magic, and everything in it.
  await picker.getByTestId('section-choice').filter({ hasText: /^Magic/ }).getByRole('checkbox').uncheck();
  await expect(picker.getByTestId('section-choice').filter({ hasText: 'Spell Slots' }).getByRole('checkbox')).not.toBeChecked();
  await page.getByTestId('rule-system-name').fill('Table Rules');
  await page.getByTestId('import-selected').click();

  const feedAsks: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/rulebooks\/imports\/[0-9a-f-]{36}\/events$/.test(request.url())) feedAsks.push(request.url());
  });
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('stage-save')).toHaveAttribute('data-state', 'done');
  // The progress feed ends with the import and is not asked for again (EventSource would retry every 3 s).
  await page.waitForTimeout(4_000);
  expect(feedAsks).toEqual([]);
  const progress = await page.evaluate(() => (window as unknown as { progress: number[] }).progress);
  expect(progress.length).toBeGreaterThan(1);
  expect(progress.at(-1)).toBe(100);
  expect(progress.every((value, i) => i === 0 || value >= progress[i - 1]!)).toBe(true);
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/rulebook-import.png'), fullPage: true });

  await page.goto('/rulebooks');
  await expect(page.getByTestId('rule-system').filter({ hasText: 'Table Rules' })).toBeVisible();

  // Before playing by it, the game master asks it what the DM would cite, from the keyboard.
  const poisoned = knownPassages.find((p) => p.text.startsWith('A poisoned creature'))!;
  await page.getByRole('link', { name: 'Table Rules' }).click();
  const ask = page.getByTestId('ask-rulebook');
  await expect(ask).toHaveAttribute('data-hydrated', 'true');
  await ask.getByTestId('ask-question').fill('what is the');
  await ask.getByTestId('ask-question').press('Enter');
  await expect(ask.getByTestId('ask-nothing')).toContainText('Nothing in this rulebook answers “what is the”');
  await ask.getByTestId('ask-question').fill('my friend got bitten by a spider and feels sick, what does that do');
  await ask.getByTestId('ask-question').press('Enter');
  const first = ask.getByTestId('ask-answer').first();
  await expect(first.getByRole('heading')).toContainText(`p. ${poisoned.page}`);
  // The conditions run long: the answer shows their start, and the rest on request.
  await expect(first).not.toContainText(poisoned.text);
  await first.getByRole('button', { name: 'Read it all' }).click();
  await expect(first).toContainText(poisoned.text);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/ask-rulebook-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await startSampleSession(page);
  await page.getByTestId('action-input').fill('How does being poisoned work?');
  await page.getByTestId('action-input').press('Enter');

  const answer = page.getByTestId('log').locator('[data-type="dm.narrated"][data-character="mira"]');
  await expect(answer).toContainText(`Table Rules`);
  await expect(answer).toContainText(`p. ${poisoned.page}`);
  // The narration quotes the part of the passage the question was about, not its preamble.
  await expect(answer).toContainText(poisoned.text);
  await answer.getByTestId('why-toggle').click();
  await expect(answer.getByTestId('why-rule').first()).toContainText(poisoned.text);
  await expect(answer.getByTestId('why-rule').first()).toContainText(`Table Rules, p. ${poisoned.page}`);

  // Anyone at the table looks a rule up as the DM would, without spending a turn: the table's book first.
  const books = page.getByTestId('table-rulebooks');
  const lookup = books.getByTestId('rule-lookup');
  await lookup.getByTestId('rule-lookup-question').fill('how does being poisoned work');
  await lookup.getByTestId('rule-lookup-question').press('Enter');
  await expect(lookup.getByTestId('rule-lookup-answer').first().getByRole('heading')).toContainText(`Table Rules, p. ${poisoned.page}`);

  // The game master sets the book aside from the table's Rulebooks panel; the log tells everyone.
  const tableRules = books.getByRole('checkbox', { name: /Table Rules/ });
  await expect(tableRules).toBeChecked();
  await expect(books.getByTestId('save-rulebooks')).toBeDisabled();
  for (const box of await books.getByRole('checkbox').all()) await box.uncheck();
  await books.getByTestId('save-rulebooks').click();
  await expect(page.getByTestId('log').locator('[data-type="rulebooks.chosen"]').last()).toContainText('Robin set the imported rulebooks aside');
  await expect(books.getByTestId('save-rulebooks')).toBeDisabled();
  // With no book chosen, a look-up reads the built-in rules, as the DM would.
  await lookup.getByTestId('rule-lookup-question').fill('what does prone do');
  await lookup.getByTestId('rule-lookup-question').press('Enter');
  await expect(lookup.getByTestId('rule-lookup-answer').first()).toContainText('Roundtable quick reference');
  await expect(lookup.getByTestId('rule-lookup-answer').first()).not.toContainText('Table Rules');
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/table-rulebooks.png'), fullPage: true });
});

test('the rulebook API refuses bad uploads clearly', async ({ request }) => {
  const notPdf = await request.post('/api/rulebooks/imports', {
    multipart: { file: { name: 'rules.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text pretending to be a PDF') } },
  });
  expect(notPdf.status()).toBe(415);
  expect((await notPdf.json()).error.message).toContain('not a PDF');
  const empty = await request.post('/api/rulebooks/imports', { multipart: { file: { name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) } } });
  expect(empty.status()).toBe(400);
  const noFile = await request.post('/api/rulebooks/imports', { multipart: { other: 'x' } });
  expect(noFile.status()).toBe(400);
  const json = await request.post('/api/rulebooks/imports', { data: { file: 'x' } });
  expect(json.status()).toBe(415);
  expect((await request.get('/api/rulebooks/imports/00000000-0000-4000-8000-000000000000')).status()).toBe(404);
  const { id } = await (
    await request.post('/api/rulebooks/imports', {
      multipart: { file: { name: 'rules.pdf', mimeType: 'application/pdf', buffer: await rulebookPdf({ outline: false }) } },
    })
  ).json();
  await expect.poll(async () => (await (await request.get(`/api/rulebooks/imports/${id}`)).json()).status).toBe('awaitingSelection');
  const nothing = await request.post(`/api/rulebooks/imports/${id}/selection`, { data: { name: 'X', sectionIds: [] } });
  expect(nothing.status()).toBe(400);
  const unknown = await request.post(`/api/rulebooks/imports/${id}/selection`, { data: { name: 'X', sectionIds: ['nope'] } });
  expect(unknown.status()).toBe(400);
  expect((await request.delete(`/api/rulebooks/imports/${id}`)).status()).toBe(204);
  expect((await (await request.get(`/api/rulebooks/imports/${id}`)).json()).status).toBe('cancelled');

});
