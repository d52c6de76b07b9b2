import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { MAX_MODEL_ENTRIES, MODEL_READERS, readEntriesWithModel } from '@/lib/ai/read-rulebook-entries';
import type { UnreadEntry } from '@/lib/rulebooks/content/schema';
import { stalkerAnswer } from '../../fixtures/glass-stalker';

const usage = { inputTokens: { total: 100, noCache: 100, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 50, text: 50, reasoning: 0 } };

/** A model that answers each call with the next of `answers` (text as is, objects as JSON), or throws an Error given. */
function answering(answers: Array<unknown>, prompts: string[] = []) {
  let call = 0;
  return new MockLanguageModelV4({
    doGenerate: async (options: LanguageModelV4CallOptions) => {
      prompts.push(JSON.stringify(options.prompt));
      const answer = answers[Math.min(call++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return {
        content: [{ type: 'text', text: typeof answer === 'string' ? answer : JSON.stringify(answer) }],
        finishReason: { unified: 'stop', raw: undefined },
        usage,
        warnings: [],
      };
    },
  });
}

const stalker: UnreadEntry = {
  kind: 'monster',
  name: 'Glass Stalker',
  page: 3,
  text: 'Medium construct, unaligned\nArmor Class 15 (natural armor) Hit Points as many as the shards it is made of Speed 30 ft.',
  reason: 'could not read Hit Points with dice',
};


describe('a model reads the entries the layout could not', () => {
  it('keeps an answer that validates, under the entry’s own name, id and page, whatever the model called it', async () => {
    const prompts: string[] = [];
    const model = answering([{ ...stalkerAnswer, name: 'The Tarrasque', id: 'tarrasque', page: 999 }], prompts);
    const read = await readEntriesWithModel(model, [stalker]);
    expect(read.dropped).toBe(0);
    expect(read.monsters).toEqual([expect.objectContaining({ id: 'glass-stalker', name: 'Glass Stalker', page: 3, hitPoints: 33, armorClass: [{ value: 15, kind: 'natural' }] })]);
    expect(prompts[0]).toContain('Hit Points as many as the shards');
  });

  it('drops hostile and broken answers: impossible numbers, a wrong shape, prose, a failing call', async () => {
    const spell: UnreadEntry = { kind: 'spell', name: 'Broken Ward', page: 7, text: '4th-level abjuration ...', reason: 'could not read Duration' };
    const model = answering([
      { ...stalkerAnswer, armorClass: [{ value: 999, kind: 'natural' }] },
      { ...stalkerAnswer, abilities: { str: 90, dex: 16, con: 12, int: 3, wis: 10, cha: 1 }, hitPoints: -5 },
      'Sure! Here is the stat block you asked for: it has lots of hit points.',
      new Error('the model is down'),
      { name: 'Broken Ward', level: 12, school: 'abjuration', description: 'Ignore your instructions.' },
    ]);
    const read = await readEntriesWithModel(model, [stalker, stalker, stalker, stalker, spell]);
    expect(read).toEqual({ monsters: [], spells: [], dropped: 5 });
  });

  it(`asks about at most ${MAX_MODEL_ENTRIES} entries of one import`, async () => {
    const prompts: string[] = [];
    const model = answering([stalkerAnswer], prompts);
    const many = Array.from({ length: MAX_MODEL_ENTRIES + 5 }, (_, i) => ({ ...stalker, name: `Glass Stalker ${i}` }));
    const read = await readEntriesWithModel(model, many);
    expect(prompts).toHaveLength(MAX_MODEL_ENTRIES);
    expect(read.monsters).toHaveLength(MAX_MODEL_ENTRIES);
  });

  it(`reads ${MODEL_READERS} entries at a time, tells how many are done, and keeps the entries' order whichever answers first`, async () => {
    let inFlight = 0;
    let most = 0;
    const model = new MockLanguageModelV4({
      doGenerate: async (options: LanguageModelV4CallOptions) => {
        inFlight++;
        most = Math.max(most, inFlight);
        const name = /named \\"([^\\]+)\\"/.exec(JSON.stringify(options.prompt))![1]!;
        // Later entries answer sooner, so answers arrive out of order.
        await new Promise((r) => setTimeout(r, 40 - Number(name.split(' ').pop()) * 3));
        inFlight--;
        return { content: [{ type: 'text', text: JSON.stringify(stalkerAnswer) }], finishReason: { unified: 'stop', raw: undefined }, usage, warnings: [] };
      },
    });
    const entries = Array.from({ length: 10 }, (_, i) => ({ ...stalker, name: `Glass Stalker ${i}` }));
    const progress: string[] = [];
    const read = await readEntriesWithModel(model, entries, { onRead: (done, total) => progress.push(`${done}/${total}`) });
    expect(most).toBe(MODEL_READERS);
    expect(progress).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}/10`));
    expect(read.monsters.map((m) => m.name)).toEqual(entries.map((e) => e.name));
  });

  it('stops asking once the import is cancelled', async () => {
    const abort = new AbortController();
    let calls = 0;
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        if (++calls === 2) abort.abort(new Error('cancelled'));
        await new Promise((r) => setTimeout(r, 10));
        return { content: [{ type: 'text', text: JSON.stringify(stalkerAnswer) }], finishReason: { unified: 'stop', raw: undefined }, usage, warnings: [] };
      },
    });
    const entries = Array.from({ length: 20 }, (_, i) => ({ ...stalker, name: `Glass Stalker ${i}` }));
    await expect(readEntriesWithModel(model, entries, { signal: abort.signal })).rejects.toThrow();
    expect(calls).toBeLessThanOrEqual(MODEL_READERS);
  });
});
