import { countTokens } from 'gpt-tokenizer';
import type { ContextBlock } from './types';

/** A prompt's size in tokens, as OpenAI's current models count them. */
export function tokensOf(text: string): number {
  return countTokens(text);
}

/**
 * Tokens the story's memory may take in a prompt, from the model's context
 * window: a tenth of it, at least 600 (a small local model) and at most
 * 2,000, so a long campaign never crowds out the table and the rules.
 */
export function memoryBudget(contextWindowTokens: number): number {
  return Math.max(600, Math.min(2000, Math.round(contextWindowTokens / 10)));
}

/** Each block's share of the budget; what one block leaves unused goes to the blocks after it. */
export const SHARES: Record<ContextBlock['id'], number> = { pinned: 0.15, recent: 0.25, summaries: 0.25, facts: 0.35 };

/** The lines that fit in `tokens`, in the order given: a block never goes over its share. */
export function fitLines(lines: readonly string[], tokens: number): { lines: string[]; tokens: number; dropped: number } {
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = tokensOf(line) + 2;
    if (used + cost > tokens) continue;
    kept.push(line);
    used += cost;
  }
  return { lines: kept, tokens: used, dropped: lines.length - kept.length };
}
