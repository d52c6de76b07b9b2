import type { SessionEvent } from '@/lib/rules/session-log';
import { properNames, sentences } from './sentences';
import type { FactKind, NewFact } from './types';

/** Words that say what kind of thing a sentence records, strongest first. */
const CUES: Array<[FactKind, RegExp]> = [
  ['promise', /\b(promis\w*|swear\w*|swore|sworn|vows?|vowed|oath|pledg\w*|owes?|owed|owing|debts?|repay\w*|in return|bargain\w*|deal)\b/i],
  // "A task" is asked of someone; "turns to the task" is someone at work, not a quest.
  ['quest', /\b(quests?|(?:a|this|one|your|our|their) tasks?|tasks? (?:for|of)|asks? (you|the party|us)|begs? (you|the party|us)|bring (back|it|her|him|them)|rescue\w*|retrieve\w*|rewards?|hunt down|must (find|stop|reach|save))\b/i],
  ['clue', /\b(clues?|footprints?|tracks|marks?|markings|signs? of|symbols?|sigils?|notes?|letters?|scratch\w*|stains?|hidden|secret\w*|rumou?rs?|whisper\w*|trail|riddle)\b/i],
  ['faction', /\b(guilds?|orders?|cults?|brotherhood|sisterhood|council|clans?|company|circle|covenant|syndicate|coven)\b/i],
  ['item', /\b(swords?|rings?|amulets?|keys?|chalices?|scrolls?|potions?|daggers?|staffs?|books?|tomes?|gems?|relics?|crowns?|bells?|lanterns?|maps?|idols?|medallions?|shields?|bows?)\b/i],
  ['place', /\b(village|town|city|tower|crypt|temple|shrine|inn|tavern|keep|castle|forest|cave|caverns?|mine|harbou?r|bridge|chapel|ruins?|manor|mill)\b/i],
];

/** Words that say a quest or promise was seen through. */
const DONE = /\b(completed?|fulfil+ed|accomplished|kept (your|the|our|their) (word|promise)|returned|delivered|rescued|brought (back|home))\b/i;

const PERSON_CUE = /\b(says?|said|tells?|told|named|called|introduces?|greets?|smiles?|scowls?|nods?|whispers?|asks?|warns?|offers?|mutters?)\b/i;
const ATTITUDES = /\b(friendly|hostile|wary|grateful|angry|suspicious|afraid|fearful|kind|cold|warm|nervous|bitter|loyal|furious|helpful)\b/i;
const MAX_TEXT = 600;

/**
 * Who the table calls by name already: the party, whose doings are the log
 * itself, not facts about the world; and the people the register knows, so
 * "Maren weeps" names Maren even at the start of a sentence.
 */
export type KnownNames = { party: string[]; people?: string[] };

function kindOf(sentence: string, names: string[]): FactKind | null {
  for (const [kind, cue] of CUES) if (cue.test(sentence) && (kind !== 'item' && kind !== 'place' ? true : names.length > 0)) return kind;
  if (names.length > 0 && PERSON_CUE.test(sentence)) return 'person';
  return names.length > 0 ? 'event' : null;
}

/** "Maren, the innkeeper's daughter," gives Maren the role "the innkeeper's daughter". */
function roleOf(sentence: string, name: string): string | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  const after = sentence.slice(at + name.length).match(/^,\s+((?:the|a|an)\s+[^,.;!?]{2,60}?)[,.;!?]/i);
  if (after) return after[1];
  const before = sentence.slice(0, at).match(/((?:the|a|an)\s+[\w'’ -]{2,40}?),?\s*$/i);
  return before?.[1];
}

function subjectOf(kind: FactKind, sentence: string, names: string[]): string {
  if (names.length > 0) return names[0]!;
  const cue = CUES.find(([k]) => k === kind)?.[1];
  const word = cue ? sentence.match(cue)?.[0] : undefined;
  return word ? word.toLowerCase() : kind;
}

/** The lasting facts one sentence of the story holds, or none for colour and weather. */
/** The known names as words, worked out once per reading rather than once per sentence. */
type Vocabulary = { partyWords: Set<string>; knownWords: Set<string> };

function vocabularyOf(known: KnownNames): Vocabulary {
  const words = (names: readonly string[]) => new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return { partyWords: words(known.party), knownWords: words(known.people ?? []) };
}

function factOf(sentence: string, context: { vocabulary: Vocabulary; witnesses: string[] | null; seq: number; speaker?: string }): NewFact | null {
  // A roll's report is the log's business, not a fact about the world.
  if (/\(\d+ against DC \d+\)/.test(sentence)) return null;
  const { partyWords, knownWords } = context.vocabulary;
  const names = properNames(sentence, knownWords).filter((n) => !n.toLowerCase().split(/\s+/).every((w) => partyWords.has(w)));
  const done = names.length > 0 && DONE.test(sentence);
  const kind = done ? 'quest' : kindOf(sentence, names);
  if (!kind) return null;
  const subject = subjectOf(kind, sentence, names).slice(0, 120);
  const role = kind === 'person' && names[0] ? roleOf(sentence, names[0]) : undefined;
  const attitude = sentence.match(ATTITUDES)?.[0]?.toLowerCase();
  const text = (context.speaker ? `${context.speaker}: ${sentence}` : sentence).slice(0, MAX_TEXT);
  return {
    kind,
    subject,
    text,
    detail: { ...(role ? { role } : {}), ...(attitude ? { attitude } : {}), ...(kind === 'quest' ? { status: done ? ('done' as const) : ('open' as const) } : {}) },
    witnesses: context.witnesses,
    secret: false,
    sourceSeq: context.seq,
  };
}

/**
 * What the register should hold from committed log entries, found without
 * a model: the sentences of narration (and of people's promises) that name
 * someone or record a promise, a quest, a clue, a faction, an item or a
 * place; the places the party reached; the fallen.
 */
export function extractFacts(events: readonly SessionEvent[], known: KnownNames): NewFact[] {
  const facts: NewFact[] = [];
  const vocabulary = vocabularyOf(known);
  // A party member's own words are read without the party's names set aside.
  const ownWords = vocabularyOf({ party: [] });
  for (const event of events) {
    // A continued session starts where the last one ended: that place is in the register already.
    if (event.type === 'session.started' && !event.data.recap) {
      const scene = event.data.scene;
      facts.push({ kind: 'place', subject: scene.title, text: `The adventure began at ${scene.title}. ${sentences(scene.description)[0] ?? ''}`.trim(), detail: {}, witnesses: null, secret: false, sourceSeq: event.seq });
    }
    if (event.type === 'dm.narrated') {
      const witnesses = event.data.witnesses ?? null;
      for (const patch of event.data.patches) {
        if (patch.op === 'scene.set') {
          const first = sentences(patch.scene.description)[0] ?? '';
          facts.push({ kind: 'place', subject: patch.scene.title, text: `The party reached ${patch.scene.title}. ${first}`.trim(), detail: {}, witnesses, secret: false, sourceSeq: event.seq });
        }
      }
      for (const sentence of sentences(event.data.text)) {
        const fact = factOf(sentence, { vocabulary, witnesses, seq: event.seq });
        if (fact) facts.push(fact);
      }
    }
    if (event.type === 'player.acted' && event.data.controller !== 'dm') {
      // A party member's own word binds them: their promises are kept, the rest of what they try is the log's.
      for (const sentence of sentences(event.data.text)) {
        const fact = factOf(sentence, { vocabulary: ownWords, witnesses: event.data.witnesses ?? null, seq: event.seq, speaker: event.data.characterName });
        if (fact?.kind === 'promise') facts.push({ ...fact, subject: fact.subject === event.data.characterName ? 'promise' : fact.subject });
      }
    }
    if (event.type === 'character.leveled') {
      facts.push({ kind: 'event', subject: event.data.characterName, text: `${event.data.characterName} reached level ${event.data.level}.`, detail: {}, witnesses: null, secret: false, sourceSeq: event.seq });
    }
  }
  return facts;
}
