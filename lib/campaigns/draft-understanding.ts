import { properNames, sentences } from '@/lib/memory/sentences';
import { readAnswer } from './draft-answers';
import type { CampaignDraft, DraftField } from './draft';

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1, single: 1, lone: 1, pair: 2, couple: 2, trio: 3 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const TONES = /\b(grim|gritty|dark|bleak|heroic|epic|eerie|gothic|horror|haunting|whimsical|light-hearted|lighthearted|comic|comedic|cosy|cozy|noir|mysterious|hopeful|swashbuckling|tragic|creepy)\b/gi;

type Reading = { field: DraftField; changes: Partial<CampaignDraft> };

function numberWord(word: string | undefined): number | null {
  if (!word) return null;
  const n = /^\d{1,2}$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()];
  return n ?? null;
}

/** "The party are three pilgrims", "a party of four", "two players". */
function partySize(sentence: string): Reading | null {
  const m =
    /\b(?:party|group|band|company)\s+(?:is|are|of)\s+(?:made up of\s+)?(\w+)\b/i.exec(sentence) ??
    /\b(\w+)\s+(?:player characters|players|characters|adventurers|heroes|pilgrims|friends|companions|travell?ers|mercenaries|PCs)\b/i.exec(sentence);
  const n = numberWord(m?.[1]);
  return n && n <= 8 ? { field: 'partySize', changes: { partySize: n } } : null;
}

/** "level 3", "third-level characters", "start at 5th level". */
function startingLevel(sentence: string): Reading | null {
  const m = /\blevel\s+(\d{1,2})\b/i.exec(sentence) ?? /\b(\d{1,2})(?:st|nd|rd|th)?[- ]level\b/i.exec(sentence);
  const ordinal = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[- ]level\b/i.exec(sentence);
  const n = m ? Number(m[1]) : ordinal ? ORDINALS[ordinal[1]!.toLowerCase()]! : null;
  return n && n >= 1 && n <= 20 ? { field: 'startingLevel', changes: { startingLevel: n } } : null;
}

/** "The villain is Abbess Morwen, who wants…", "Abbess Morwen is the villain…". */
function villain(sentence: string): Reading | null {
  if (!/\b(villain|antagonist|big bad|nemesis|mastermind|arch-?enemy|enemy)\b/i.test(sentence)) return null;
  // Right after the cue the whole capitalised run is the name, titles and all ("Mother Brine", "Sister Ilse").
  const after = /\b(?:villain|antagonist|big bad|nemesis|mastermind|arch-?enemy|enemy)\b\s*(?:is|:)?\s*((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s?)+)/u.exec(sentence)?.[1]?.trim();
  const name = after || properNames(sentence)[0];
  if (!name) return null;
  const rest = sentence.replace(/^.*?\b(?:villain|antagonist|big bad|nemesis|mastermind|arch-?enemy|enemy)\b\s*(?:is|:)?\s*/i, '').trim();
  const description = rest.startsWith(name) ? rest.slice(name.length).replace(/^[\s,:;—–-]+/, '') : sentence;
  return { field: 'villain', changes: { villain: { name: name.slice(0, 80), description: (description || sentence).slice(0, 600) } } };
}

/** "It is set in…", "The campaign takes place in…". */
function setting(sentence: string): Reading | null {
  return /\b(set in|takes place|the setting is|is set on|unfolds in)\b/i.test(sentence) ? { field: 'setting', changes: { setting: sentence.slice(0, 600) } } : null;
}

/** "Grim and gothic", "the tone is eerie". */
function tone(sentence: string): Reading | null {
  const words = sentence.match(TONES);
  if (!words || !(/\btone\b|\bfeel\b|\bmood\b/i.test(sentence) || sentence.split(/\s+/).length <= 6)) return null;
  // The game master's own words, after "the tone is" when they say so.
  const said = sentence.replace(/^.*?\b(?:tone|feel|mood)\b\s*(?:is|should be|:)?\s*/i, '').replace(/[.!]+$/, '').trim();
  return { field: 'tone', changes: { tone: (said || sentence).slice(0, 200) } };
}

/** "Call it The Drowned Bell", "The campaign is called…". */
function title(sentence: string): Reading | null {
  const m = /\b(?:call(?:ed)? it|titled|(?:campaign|adventure|it) is called|the title is|name it)\s+["“']?([^"”'.!?]{2,120})/i.exec(sentence);
  return m ? { field: 'title', changes: { title: m[1]!.trim() } } : null;
}

const READERS = [villain, partySize, startingLevel, setting, title, tone];

/**
 * What a game master's free answer says, field by field: a sentence that
 * names the villain fills the villain, one that counts the party fills its
 * size, whatever was asked. Sentences no field claims answer the question
 * that was asked. Null when nothing in it can be used.
 */
export function understandAnswer(answer: string, asked: DraftField | undefined): Partial<CampaignDraft> | null {
  const changes: Partial<CampaignDraft> = {};
  const unclaimed: string[] = [];
  for (const sentence of sentences(answer)) {
    const readings = READERS.map((read) => read(sentence)).filter((r): r is Reading => r !== null);
    for (const reading of readings) Object.assign(changes, reading.changes);
    if (readings.length === 0) unclaimed.push(sentence);
  }
  if (asked && changes[asked] === undefined && unclaimed.length > 0) Object.assign(changes, readAnswer(asked, unclaimed.join(' ')) ?? {});
  return Object.keys(changes).length > 0 ? changes : null;
}
