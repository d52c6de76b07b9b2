import { describe, expect, it } from 'vitest';
import { ruleQuote } from '@/lib/ai/offline/rule-quote';

const conditions = [
  'Conditions alter what a creature can do. A condition lasts until it is countered or for the duration given by the effect that imposed it.',
  'Prone\nA prone creature can only crawl unless it stands up, and melee attack rolls against it have advantage.',
  'Poisoned\nA poisoned creature has disadvantage on attack rolls and ability checks.',
].join('\n\n');

describe('the rule the offline DM quotes', () => {
  it('is the paragraph of the passage that shares most words with what was asked', () => {
    expect(ruleQuote(conditions, 'How does being poisoned work?')).toBe('Poisoned\nA poisoned creature has disadvantage on attack rolls and ability checks.');
    expect(ruleQuote(conditions, 'I drop prone behind the crates')).toMatch(/^Prone\nA prone creature/);
  });

  it('is the passage’s opening when no paragraph shares a word, cut at a word', () => {
    expect(ruleQuote(conditions, 'what now?')).toMatch(/^Conditions alter what a creature can do\. A condition lasts/);
    const long = `${'word '.repeat(100)}end`;
    const quote = ruleQuote(long, 'nothing shared');
    expect(quote.endsWith('word…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(321);
  });
});
