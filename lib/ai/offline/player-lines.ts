import { alreadySaid } from './player-sight';
import { pick } from './seeded';

/**
 * How the offline AI player words what it does so it never says the same
 * line twice in its last twenty turns: each deed has a plain core and many
 * endings. Endings never name anyone or carry a word the DM would read as
 * another deed (a spell, a feature, a rest, a retreat, a search).
 */

/** Endings for a blow or a harmful spell. */
export const fightEndings = [
  '',
  ', keeping my defences up',
  ' before it can close in',
  ' with everything I have',
  ', aiming low',
  ', aiming for a gap in its defence',
  ' while it is off balance',
  ' again, and harder',
  ', hoping to finish this',
  ', steady and deliberate',
  ' without a word',
  ' where the others are already pressing',
  ', looking for an opening',
  ' before it can recover',
  ', quick and low',
  ', keeping my footing',
  ', trusting my training',
  ' with a shout',
  ', putting my weight behind it',
  ' and stay close to my friends',
  ', minding my footing',
  ', fast as I can',
  ' head-on',
  ' from the side',
] as const;

/** Endings for keeping out of harm's way: a dodge, a retreat. */
export const guardEndings = [
  '',
  ', watching every move',
  ', ready for anything',
  ' and keep my eyes open',
  ', light on my feet',
  ', waiting for my moment',
  ' and catch my breath',
  ', wary and low',
  ', eyes on the nearest foe',
  ' and keep close to the others',
  ' and wait for an opening',
  ', steady and patient',
] as const;

/** Endings for healing someone. */
export const healEndings = [
  '',
  ' before it is too late',
  " without a moment's pause",
  ', quick as I can',
  ' and call out to them to hold on',
  ', steady and sure',
  ' and keep my voice calm',
  ', trusting the old words',
  ' as fast as the words will come',
  ' and pray it holds',
  ' at once',
  ', calm and quick',
  ' while there is still time',
  ' and stand ready to do more',
  ', not a heartbeat too late',
  ' with all the faith I have',
  ' and keep watch over them',
  ', first of all',
  ' and breathe a word of thanks',
  ', and quickly',
  ' as the others cover us',
  ', with a steady voice',
  ' and will them back to their feet',
  ' and waste no time about it',
] as const;

/** A deed's core with each ending, the plain one first: "I attack the Giant Rat." and its kin. */
export function worded(core: string, endings: readonly string[], stop = '.'): string[] {
  return endings.map((ending) => `${core}${ending}${stop}`);
}

/** The first of the lines (best first) not said lately, if any. */
export function firstFresh(lines: readonly string[], said: readonly string[]): string | undefined {
  return lines.find((line) => !alreadySaid(line, said));
}

/** One of the lines not said lately, chosen by the seed; undefined when every one was said. */
export function anyFresh(lines: readonly string[], said: readonly string[], seed: number): string | undefined {
  const fresh = lines.filter((line) => !alreadySaid(line, said));
  return fresh.length ? pick(fresh, seed, 11) : undefined;
}

/** A person's first name, as a friend would call them: "Mira", "Aldric" (for "Brother Aldric"). */
export function firstName(name: string): string {
  const words = name.split(/\s+/);
  return /^(brother|sister|father|mother|sir|lady|lord|old|master|mistress)$/i.test(words[0] ?? '') && words[1] ? words[1] : (words[0] ?? name);
}
