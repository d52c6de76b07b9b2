import type { TableSpell } from '@/lib/ai/prompts/spell-facts';
import { findSpell } from '@/lib/rules/srd/spells';

/** Lower case, letters and digits only, single spaces: how spell and creature names are compared. */
export function plain(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

const prepositions = /\s(?:on|at|upon|against|onto|into|toward|towards|to|over|around)\s/;
const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };

/**
 * The words after "cast" when they begin with a spell's name ("I cast Bless
 * on Aldric", "casting firebal at them"), so "I cast a glance around" is
 * not taken for a spell.
 */
export function castWords(action: string): string | null {
  const words = /\bcast(?:s|ing)?\s+(.+)$/i.exec(action.trim())?.[1];
  if (!words) return null;
  const parts = plain(words).split(' ');
  for (let n = Math.min(6, parts.length); n > 0; n--) if (findSpell(parts.slice(0, n).join(' '))) return words;
  return null;
}

/** A higher slot the player asked for: "at 2nd level", "with a level 3 slot", "upcast to third level". */
export function slotAsked(words: string): number | undefined {
  const m = /\b(?:level\s+(\d)|(\d)(?:st|nd|rd|th)[-\s]level|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)[-\s]level)\b/.exec(words);
  if (!m) return undefined;
  return Number(m[1] ?? m[2]) || ordinals[m[3] ?? ''];
}

/**
 * The spell the words after "cast" name, and the words left to say at whom:
 * the longest spell the caster can cast that the words begin with, else
 * the words up to the first "on", "at", "into"... (the engine then finds it
 * in the SRD, or says why it cannot be cast).
 */
export function readSpell(words: string, known: readonly TableSpell[]): { name: string; rest: string } {
  const text = plain(words);
  const byLength = [...known].sort((a, b) => b.name.length - a.name.length);
  const found = byLength.find((s) => text === plain(s.name) || text.startsWith(`${plain(s.name)} `));
  if (found) return { name: found.name, rest: text.slice(plain(found.name).length).trim() };
  const cut = ` ${text} `.search(prepositions);
  if (cut < 0) return { name: text, rest: '' };
  return { name: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}
