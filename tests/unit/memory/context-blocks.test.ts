import { describe, expect, it } from 'vitest';
import { tokensOf } from '@/lib/memory/budget';
import { buildContextBlocks } from '@/lib/memory/context';
import type { Fact, Summary } from '@/lib/memory/types';

const fact = (i: number, extra: Partial<Fact> = {}): Fact => ({
  id: `f${i}`, sessionId: 's', kind: 'person', subject: `Person ${i}`, text: `Person ${i} keeps the ${i}th lantern of the old quay and owes a favour.`,
  detail: {}, witnesses: null, secret: false, sourceSeq: i, pinned: false, correctedBy: null, createdAt: new Date(2026, 0, 1, 0, i).toISOString(), ...extra,
});
const summary = (i: number, importance: 1 | 2 | 3, sessionId = 's'): Summary => ({
  id: `s${i}`, sessionId, tier: importance === 3 ? 'session' : 'scene', title: `Stretch ${i}`, text: `Things happened in stretch ${i}. More detail follows.`,
  importance, fromSeq: i, toSeq: i + 1, witnesses: null, createdAt: new Date(2026, 0, 1, 0, i).toISOString(),
});

describe('the DM’s memory blocks', () => {
  it('never go over the budget, however much there is to remember', () => {
    const blocks = buildContextBlocks(
      { pinned: [fact(0, { pinned: true })], summaries: Array.from({ length: 50 }, (_, i) => summary(i, 1)), facts: Array.from({ length: 80 }, (_, i) => fact(i + 1)), recent: Array.from({ length: 12 }, (_, i) => `DM: line ${i} ${'word '.repeat(20)}`), sessionId: 's' },
      800,
    );
    const total = blocks.reduce((n, b) => n + b.tokens, 0);
    expect(total).toBeLessThanOrEqual(800);
    expect(blocks.map((b) => b.id)).toEqual(['pinned', 'recent', 'summaries', 'facts']);
    expect(blocks.find((b) => b.id === 'facts')!.dropped).toBeGreaterThan(0);
    for (const b of blocks) expect(b.tokens).toBe(b.lines.reduce((n, l) => n + tokensOf(l) + 2, 0));
  });

  it('give what an empty block leaves to the facts, and keep the latest lines in the order they happened', () => {
    const blocks = buildContextBlocks({ pinned: [], summaries: [], facts: Array.from({ length: 40 }, (_, i) => fact(i)), recent: ['first', 'second', 'third'], sessionId: 's' }, 800);
    expect(blocks.find((b) => b.id === 'recent')!.lines).toEqual(['third', 'second', 'first'].reverse());
    expect(blocks.find((b) => b.id === 'facts')!.tokens).toBeGreaterThan(800 * 0.35);
  });

  it('rank a session summary above scenes, and this session’s scenes above older ones', () => {
    const blocks = buildContextBlocks({ pinned: [], summaries: [summary(1, 1, 'old'), summary(2, 1), summary(3, 3, 'old')], facts: [], recent: [], sessionId: 's' }, 2000);
    expect(blocks.find((b) => b.id === 'summaries')!.lines.map((l) => l.split(':')[0])).toEqual(['Stretch 3', 'Stretch 2', 'Stretch 1']);
  });
});
