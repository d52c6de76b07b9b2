import { RECENT_TITLE, type Fact, type Summary, type ContextBlock } from './types';
import { fitLines, SHARES } from './budget';

/** What the prompt's memory is built from, found beforehand. */
export type ContextSources = {
  pinned: Fact[];
  /** Summaries, newest first: this session's scenes and fights, and earlier sessions'. */
  summaries: Summary[];
  /** Facts retrieved for the action, best first. */
  facts: Fact[];
  /** The latest lines of the log, oldest first. */
  recent: string[];
  /** The session being played: its own summaries are newer than any earlier session's. */
  sessionId: string;
};

function factLine(fact: Fact): string {
  const role = fact.detail.role ? ` (${fact.detail.role}${fact.detail.attitude ? `, ${fact.detail.attitude}` : ''})` : '';
  const status = fact.kind === 'quest' && fact.detail.status ? ` [${fact.detail.status}]` : '';
  return `${fact.kind}: ${fact.subject}${role}${status}: ${fact.text}${fact.secret ? ' (secret)' : ''}`;
}

/**
 * Summaries by tier: a session summary always counts for more than a
 * scene's, and among equals the newer first; the oldest shrink to their
 * first sentence so more of the campaign fits.
 */
function summaryLines(summaries: Summary[], sessionId: string): string[] {
  const ranked = [...summaries].sort((a, b) => {
    const weight = (s: Summary) => s.importance * 2 + (s.sessionId === sessionId ? 1 : 0);
    return weight(b) - weight(a) || b.createdAt.localeCompare(a.createdAt) || b.toSeq - a.toSeq;
  });
  return ranked.map((s, i) => {
    const text = i < 3 ? s.text : (s.text.split(/(?<=[.!?])\s/)[0] ?? s.text);
    return `${s.title}: ${text}`;
  });
}

/**
 * The story's memory as budgeted blocks: pinned facts, summaries tiered by
 * age and importance, facts retrieved for the action, and the latest lines
 * verbatim. Each block keeps within its share; what one leaves unused passes
 * to the next, so the prompt is about as large at turn ten as at turn a
 * thousand.
 */
export function buildContextBlocks(sources: ContextSources, budget: number): ContextBlock[] {
  const blocks: ContextBlock[] = [];
  let spare = 0;
  const add = (id: ContextBlock['id'], title: string, lines: string[], why: string) => {
    const share = Math.floor(budget * SHARES[id]) + spare;
    const fitted = fitLines(lines, share);
    spare = share - fitted.tokens;
    if (fitted.lines.length > 0) blocks.push({ id, title, lines: fitted.lines, tokens: fitted.tokens, why, dropped: fitted.dropped });
  };
  add('pinned', 'The game master asked you to remember', sources.pinned.map(factLine), 'pinned by the game master; sent with every turn');
  const seen = new Set(sources.pinned.map((f) => f.id));
  add('recent', RECENT_TITLE, sources.recent.slice(-12).reverse(), 'the latest turns, word for word, newest kept first');
  add('summaries', 'The story so far', summaryLines(sources.summaries, sources.sessionId), 'summaries of scenes, fights and sessions: sessions and fights first, then the newest');
  add('facts', 'What the table knows that bears on this', sources.facts.filter((f) => !seen.has(f.id)).map(factLine), 'facts retrieved for this action by its words and meaning');
  // The latest lines read best in the order they happened.
  const recent = blocks.find((b) => b.id === 'recent');
  if (recent) recent.lines.reverse();
  return blocks;
}
