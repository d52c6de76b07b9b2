// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { DamageType } from '@/lib/rules/damage-types';
import type { DiceAtLevel } from '@/lib/rules/srd/common';
import type { Spell } from '@/lib/rules/srd/spell-schema';
import { compactDice } from './text.ts';

/**
 * A spell's damage and healing as tables by level, read from its text: the
 * dice it names first, and how they grow, per slot level above its own
 * ("increases by 1d6 for each slot level above 3rd") or, for a cantrip, at
 * the character levels its text lists ("5th level (2d6), 11th level (3d6)").
 */

const modifier = / \+ your spellcasting ability modifier/;

/** "8d6" plus "1d6" per step, `steps` times: the same die adds up ("10d6"); others are written out. */
function grown(base: string, increment: string, steps: number): string {
  if (steps === 0) return base;
  const [, count, die, rest = ''] = /^(\d+)d(\d+)(.*)$/.exec(base) ?? [];
  const more = /^(\d+)d(\d+)$/.exec(increment);
  if (count && more && more[2] === die) return `${Number(count) + steps * Number(more[1])}d${die}${rest}`;
  return [base, ...Array.from({ length: steps }, () => increment)].join('+');
}

function slotTable(level: number, base: string, higher: string | null): DiceAtLevel[] {
  const growth = /increases by (\d+d\d+|\d+) for each (?:slot level|level) above (\d+)(?:st|nd|rd|th)/i.exec(higher ?? '');
  if (!growth) return [{ level, dice: base }];
  return Array.from({ length: 10 - level }, (_, i) => ({ level: level + i, dice: grown(base, growth[1]!, i) }));
}

function cantripTable(base: string, text: string): DiceAtLevel[] {
  const steps = [...text.matchAll(/(\d+)(?:st|nd|rd|th) level \((\d+d\d+)\)/g)].map((m) => ({ level: Number(m[1]), dice: m[2]! }));
  return [{ level: 1, dice: base }, ...steps];
}

function table(spellLevel: number, base: string, text: string, higher: string | null): DiceAtLevel[] {
  return spellLevel === 0 ? cantripTable(base, text) : slotTable(spellLevel, base, higher);
}

/** The first damage the text deals, its type, and how it grows; null for a spell that deals none. */
export function spellDamage(spellLevel: number, text: string, higher: string | null, damageTypes: readonly string[]): Spell['damage'] {
  const match = new RegExp(`\\b(\\d+d\\d+(?: \\+ \\d+)?)(${modifier.source})? (${damageTypes.join('|')}) damage`).exec(text);
  if (!match) return null;
  return {
    type: match[3] as DamageType,
    scaling: spellLevel === 0 ? 'character level' : 'slot level',
    dice: table(spellLevel, compactDice(match[1]!), text, higher),
    addsModifier: Boolean(match[2]),
  };
}

/** Hit points the spell restores ("regains a number of hit points equal to 1d8 + your spellcasting ability modifier", "regains 70 hit points"). */
export function spellHealing(spellLevel: number, text: string, higher: string | null): Spell['healing'] {
  const match = /regains? (?:a number of hit points equal to (\d+d\d+)|(\d+) hit points)( \+ your spellcasting ability modifier)?/.exec(text);
  if (!match) return null;
  const growth = /increases by (\d+d\d+|\d+)/.exec(higher ?? '');
  const base = compactDice(match[1] ?? match[2]!);
  const flatGrowth = match[2] && growth && /^\d+$/.test(growth[1]!);
  const dice = flatGrowth
    ? Array.from({ length: 10 - spellLevel }, (_, i) => ({ level: spellLevel + i, dice: String(Number(base) + i * Number(growth[1])) }))
    : slotTable(Math.max(1, spellLevel), base, higher);
  return { dice, addsModifier: Boolean(match[3]) };
}
