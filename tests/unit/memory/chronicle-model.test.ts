import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { modelChronicleWriter } from '@/lib/ai/chronicle-model';
import type { Passage } from '@/lib/memory/types';

const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };

function answering(json: unknown) {
  return new MockLanguageModelV4({
    doGenerate: async () => ({ content: [{ type: 'text', text: JSON.stringify(json) }], finishReason: { unified: 'stop', raw: undefined }, usage, warnings: [] }),
  });
}

const passages: Passage[] = [
  { seq: 4, text: 'Maren, the innkeeper’s daughter, begs you to find her lost brother.', witnesses: ['mira'] },
  { seq: 5, text: 'Rain falls.', witnesses: null },
];

describe('the Chronicler writing with a model', () => {
  it('keeps facts that cite a given entry and name what it mentions, with the entry’s own witnesses, never a secret', async () => {
    const writer = modelChronicleWriter(
      answering({
        facts: [
          { entry: 4, kind: 'quest', subject: 'Maren', text: 'Maren asked the party to find her brother.', role: 'innkeeper’s daughter' },
          { entry: 9, kind: 'clue', subject: 'Maren', text: 'An entry that was never given.' },
          { entry: 5, kind: 'person', subject: 'Lord Vane', text: 'A name the entry never says.' },
        ],
      }),
    );
    const facts = await writer.facts(passages);
    expect(facts).toEqual([
      { kind: 'quest', subject: 'Maren', text: 'Maren asked the party to find her brother.', detail: { role: 'innkeeper’s daughter', status: 'open' }, witnesses: ['mira'], secret: false, sourceSeq: 4 },
    ]);
  });

  it('answers null when the model’s answer does not fit, so the offline reading is used', async () => {
    const writer = modelChronicleWriter(answering({ facts: [{ entry: 4, kind: 'gossip', subject: 'Maren', text: 'x' }] }));
    expect(await writer.facts(passages)).toBeNull();
    expect(await modelChronicleWriter(answering({ words: 'no summary' })).summary('At the inn', passages)).toBeNull();
    expect(await modelChronicleWriter(answering({ text: 'The party met Maren, who asked them to find her brother.' })).summary('At the inn', passages)).toBe(
      'The party met Maren, who asked them to find her brother.',
    );
  });
});
