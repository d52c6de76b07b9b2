import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportView } from '@/lib/rulebooks/imports/rulebook-imports';
import type { Runtime } from '@/lib/runtime/runtime';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { listSessionEvents, listSessionRuleSystems } from '@/lib/db/queries/sessions';
import { chooseRulebooks } from '@/lib/table/table-rulebooks';
import { searchRules } from '@/lib/rulebooks/search';
import { embedderFor } from '@/lib/ai/embedding-models';
import { readConfig } from '@/lib/config';
import { encryptedPdf, imageOnlyPdf, knownPassages, rulebookPdf } from '@/scripts/fixtures/rulebook-pdf';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;
const importer = '00000000-0000-4000-8000-00000000face';
beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

/** Resolves with every view the import reported, once it reaches one of `statuses`. */
function follow(id: string, statuses: ImportView['status'][]): Promise<ImportView[]> {
  const seen: ImportView[] = [runtime.imports.view(id)];
  if (statuses.includes(seen[0]!.status)) return Promise.resolve(seen);
  return new Promise((resolve) => {
    const stop = runtime.imports.subscribe(id, (view) => {
      seen.push(view);
      if (statuses.includes(view.status)) {
        stop();
        resolve(seen);
      }
    });
  });
}

describe('importing a rulebook', () => {
  it('reads it, waits for a choice, saves the chosen sections, and the DM then cites them with their pages', async () => {
    const started = runtime.imports.start({ ownerId: importer, fileName: 'rules.pdf', bytes: new Uint8Array(await rulebookPdf({ outline: true })) });
    const reading = await follow(started.id, ['awaitingSelection', 'failed']);
    expect(reading.at(-1)!.status).toBe('awaitingSelection');
    expect(reading.some((v) => v.stage === 'extract' && v.progress !== null)).toBe(true);
    const { sections } = runtime.imports.structure(started.id);
    const magic = sections.find((s) => s.title === 'Magic')!;
    const chosen = sections.filter((s) => s.id !== magic.id && s.parentId !== magic.id).map((s) => s.id);

    runtime.imports.select(started.id, { name: 'Test Rules', sectionIds: chosen });
    const saving = await follow(started.id, ['done', 'failed']);
    const done = saving.at(-1)!;
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(saving.map((v) => v.stage)).toEqual(expect.arrayContaining(['parse', 'embed', 'save']));
    expect(Object.keys(done.seconds)).toEqual(expect.arrayContaining(['extract', 'structure', 'select', 'parse', 'embed', 'save']));

    const [system] = await listRuleSystems(runtime.db);
    expect(system).toMatchObject({ id: done.ruleSystemId, name: 'Test Rules' });
    const poisoned = knownPassages.find((p) => p.text.startsWith('A poisoned creature'))!;
    const embedder = embedderFor(readConfig({}).model);
    const found = await searchRules({ db: runtime.db, embedder }, { ruleSystemIds: [system!.id], query: 'What does being poisoned do?' });
    expect(found.hits[0]).toMatchObject({ pageStart: poisoned.page, text: expect.stringContaining(poisoned.text) });
    // The unchosen chapter was not imported.
    const spells = await searchRules({ db: runtime.db, embedder }, { ruleSystemIds: [system!.id], query: 'spell slots long rest' });
    expect(spells.hits.every((h) => !h.text.includes('expended spell slots'))).toBe(true);

    // A session begun now plays by the rulebook: the DM looks the rule up in it and cites its section and page.
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 4 });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'How does being poisoned work?', idempotencyKey: 'rules-1' });
    await runtime.sessions.settled(sessionId);
    const narrated = (await listSessionEvents(runtime.db, { sessionId })).find((e) => e.type === 'dm.narrated')!;
    const outcome = narrated.data as { text: string; rules: Array<{ source: string; section: string; page: number | null }> };
    expect(outcome.rules[0]).toMatchObject({ source: 'Test Rules', page: poisoned.page, section: expect.stringContaining('Conditions') });
    expect(outcome.text).toContain(`p. ${poisoned.page}`);

    // The game master sets the book aside: the log says so, and the DM's next look-up no longer finds it.
    const by = { userId: importer, name: 'Robin' };
    expect(await chooseRulebooks(runtime, { sessionId, ruleSystemIds: [], by })).toEqual({ settled: true });
    await expect(chooseRulebooks(runtime, { sessionId, ruleSystemIds: [], by })).rejects.toMatchObject({ status: 409 });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'How does being poisoned work?', idempotencyKey: 'rules-2' });
    await runtime.sessions.settled(sessionId);
    const log = await listSessionEvents(runtime.db, { sessionId });
    expect(log.find((e) => e.type === 'rulebooks.chosen')?.data).toEqual({ ruleSystems: [], by: 'Robin' });
    const miraAnswered = (events: typeof log) => events.filter((e) => e.type === 'dm.narrated' && e.data.characterId === 'mira').at(-1)!.data as typeof outcome;
    expect(log.filter((e) => e.type === 'dm.narrated' && e.data.characterId === 'mira')).toHaveLength(2);
    const asideRules = miraAnswered(log).rules;
    expect(asideRules.some((r) => r.source === 'Test Rules')).toBe(false);

    // Chosen again, it is cited again; an id the library lacks is refused by name.
    await expect(chooseRulebooks(runtime, { sessionId, ruleSystemIds: ['00000000-0000-4000-8000-00000000beef'], by })).rejects.toMatchObject({ status: 404 });
    await chooseRulebooks(runtime, { sessionId, ruleSystemIds: [system!.id.toUpperCase()], by });
    expect(await listSessionRuleSystems(runtime.db, { sessionId })).toEqual([system!.id]);
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'How does being poisoned work?', idempotencyKey: 'rules-3' });
    await runtime.sessions.settled(sessionId);
    const again = miraAnswered(await listSessionEvents(runtime.db, { sessionId }));
    expect(again.rules[0]).toMatchObject({ source: 'Test Rules', page: poisoned.page });
  });

  it('fails an encrypted or image-only PDF with a clear reason and saves nothing', async () => {
    const before = (await listRuleSystems(runtime.db)).length;
    for (const [bytes, reason] of [
      [await encryptedPdf(), /password/i],
      [await imageOnlyPdf(), /no text|scanned|text layer/i],
    ] as const) {
      const started = runtime.imports.start({ ownerId: importer, fileName: 'bad.pdf', bytes: new Uint8Array(bytes) });
      const views = await follow(started.id, ['failed', 'awaitingSelection']);
      expect(views.at(-1)).toMatchObject({ status: 'failed', error: expect.stringMatching(reason) });
    }
    expect(await listRuleSystems(runtime.db)).toHaveLength(before);
  });

  it('refuses a choice of sections it does not know, and a choice made twice', async () => {
    const started = runtime.imports.start({ ownerId: importer, fileName: 'rules.pdf', bytes: new Uint8Array(await rulebookPdf({ outline: false })) });
    await follow(started.id, ['awaitingSelection']);
    expect(() => runtime.imports.select(started.id, { name: 'X', sectionIds: ['no-such-section'] })).toThrow(/Unknown sections/);
    const { sections } = runtime.imports.structure(started.id);
    runtime.imports.select(started.id, { name: 'Layout Rules', sectionIds: [sections[0]!.id] });
    expect(() => runtime.imports.select(started.id, { name: 'Again', sectionIds: [sections[0]!.id] })).toThrow(/not waiting/);
    expect(() => runtime.imports.view('00000000-0000-4000-8000-000000000000')).toThrow(/no rulebook import/);
    // Regression: anyone signed in could read, choose for or cancel someone else's import.
    expect(() => runtime.imports.authorise(started.id, '00000000-0000-4000-8000-0000000000e5')).toThrow(/started by someone else/);
    expect(() => runtime.imports.authorise(started.id, importer)).not.toThrow();
  });
});
