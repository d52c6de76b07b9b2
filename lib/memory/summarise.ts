import type { SessionEvent } from '@/lib/rules/session-log';
import { extractFacts, type KnownNames } from './extract-facts';
import { sentences } from './sentences';
import type { NewSummary, SummaryTier } from './types';

const MAX_SUMMARY = 700;
const KEPT_SENTENCES = 4;

/** Where a stretch of the log happened: the scene the party was in when it began. */
function placeOf(events: readonly SessionEvent[], fallback: string): string {
  for (const event of events) {
    if (event.type === 'session.started') return event.data.scene.title;
    if (event.type === 'dm.narrated') {
      const scene = event.data.patches.find((p) => p.op === 'scene.set');
      if (scene?.op === 'scene.set') return scene.scene.title;
    }
  }
  return fallback;
}

/** The stretch's outcomes the engine recorded: fights, the fallen, levels. */
function outcomes(events: readonly SessionEvent[]): string[] {
  return events.flatMap((event) => {
    if (event.type === 'combat.ended') return [event.data.winner === 'party' ? 'The party won the fight.' : 'The party was beaten.'];
    if (event.type === 'character.leveled') return [`${event.data.characterName} reached level ${event.data.level}.`];
    if (event.type === 'dm.narrated') return event.data.patches.flatMap((p) => (p.op === 'character.dead' && p.dead ? [`${p.characterId} fell.`] : []));
    return [];
  });
}

/**
 * A summary of a stretch of the log, written without a model: the
 * sentences that carried lasting facts (promises and quests first, then
 * clues, people and the rest) and the outcomes the engine recorded, in the
 * order they happened, under the place's name.
 */
export function summarise(tier: SummaryTier, events: readonly SessionEvent[], known: KnownNames, place: string): NewSummary | null {
  if (events.length === 0) return null;
  const weight: Record<string, number> = { promise: 6, quest: 5, clue: 4, person: 3, faction: 3, item: 2, place: 1, event: 1 };
  const facts = extractFacts(events, known)
    .filter((f) => f.kind !== 'place')
    .map((f, order) => ({ f, order }))
    .sort((a, b) => weight[b.f.kind]! - weight[a.f.kind]! || a.order - b.order)
    .slice(0, KEPT_SENTENCES)
    .sort((a, b) => a.order - b.order)
    .map(({ f }) => f.text);
  const ended = outcomes(events);
  const lines = [...new Set([...facts, ...ended])];
  if (lines.length === 0) {
    // Nothing lasting happened: the stretch is told by its first narration, so the journal is never blank.
    const told = events.find((e) => e.type === 'dm.narrated');
    if (told?.type === 'dm.narrated') lines.push(sentences(told.data.text)[0] ?? told.data.text);
  }
  if (lines.length === 0) return null;
  let text = lines.join(' ');
  if (text.length > MAX_SUMMARY) text = `${text.slice(0, MAX_SUMMARY - 1)}…`;
  const where = placeOf(events, place);
  const title = tier === 'session' ? `The session at ${where}` : tier === 'fight' ? `A fight at ${where}` : where;
  const fell = ended.some((line) => line.endsWith('fell.'));
  const witnessed = events.flatMap((e) => ('witnesses' in e.data && Array.isArray(e.data.witnesses) ? [e.data.witnesses] : [null]));
  const witnesses = witnessed.some((w) => w === null) ? null : [...new Set(witnessed.flat() as string[])];
  return {
    tier,
    title: title.slice(0, 160),
    text,
    importance: tier === 'session' ? 3 : tier === 'fight' || fell ? 2 : 1,
    fromSeq: events[0]!.seq,
    toSeq: events.at(-1)!.seq,
    witnesses,
  };
}
