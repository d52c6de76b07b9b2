import { describe, expect, it } from 'vitest';
import { meanOfSets, parseQuestionSet, rankOf, score } from '@/scripts/eval/retrieval-score';

describe('the retrieval evaluation scoring', () => {
  it('reads questions with a list of pages, and the older single page', () => {
    expect(parseQuestionSet([{ question: 'can I grab him', pages: [95, 96] }, { question: 'how far can I jump', page: 85 }])).toEqual([
      { question: 'can I grab him', pages: [95, 96] },
      { question: 'how far can I jump', pages: [85] },
    ]);
  });

  it('refuses a malformed set and says where', () => {
    expect(() => parseQuestionSet([{ question: 'ok question', pages: [1] }, { question: 'no pages here' }])).toThrow(/malformed at 1/);
    expect(() => parseQuestionSet([{ question: 'empty pages', pages: [] }])).toThrow(/malformed at 0\.pages/);
    expect(() => parseQuestionSet([{ question: 'page zero', pages: [0] }])).toThrow(/malformed/);
    expect(() => parseQuestionSet([])).toThrow(/malformed/);
  });

  it('counts a question found when a passage covers any of its pages', () => {
    const ranked = [
      { pageStart: 10, pageEnd: 10 },
      { pageStart: 20, pageEnd: 22 },
      { pageStart: 30, pageEnd: 30 },
    ];
    expect(rankOf(ranked, [21])).toBe(2);
    expect(rankOf(ranked, [30, 22])).toBe(2);
    expect(rankOf(ranked, [30])).toBe(3);
    expect(rankOf(ranked, [19, 23])).toBeNull();
  });

  it('gives recall at five and the mean reciprocal rank', () => {
    expect(score([1, 2, 6, null])).toEqual({ recallAt5: 0.5, mrr: Math.round(((1 + 1 / 2 + 1 / 6) / 4) * 1000) / 1000 });
    expect(score([])).toEqual({ recallAt5: 0, mrr: 0 });
  });

  it('weighs each set once in the mean over several, whatever its size', () => {
    expect(meanOfSets([score([1, null]), score([1, 1, 1, 2])])).toEqual({ recallAt5: 0.75, mrr: 0.688 });
    expect(meanOfSets([])).toEqual({ recallAt5: 0, mrr: 0 });
  });
});
