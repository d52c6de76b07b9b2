import type { AttackResult } from '../attack';
import type { Condition } from '../conditions';
import type { DealtDamage } from './spell-damage';
import type { Healed } from './spell-healing';

/** What a spell did to one creature it reached. */
export type SpellTargetOutcome = {
  targetId: string;
  /** Each spell attack roll at it (one per ray or beam that went its way). */
  attacks?: AttackResult[];
  save?: { ability: string; dc: number; total: number; success: boolean };
  damage?: DealtDamage[];
  healed?: Healed;
  tempHp?: number;
  conditions?: Condition[];
  /** The lasting effect it now holds, by the spell's name. */
  effect?: string;
  /** Conditions the spell ended on it. */
  ended?: string[];
  /** The outcome in words, for the DM and the log. */
  outcome: string;
};

/**
 * A spell cast, as the DM's tool returns it and the log records it: the
 * source (the spell, its caster, the slot), what happened to each creature
 * it reached, and the parts the data does not resolve, which the DM
 * narrates.
 */
export type SpellOutcome = {
  outcome: string;
  source: 'spell';
  spell: string;
  spellId: string;
  casterId: string;
  /** The slot spent, null for a cantrip or a ritual. */
  slotLevel: number | null;
  slotsLeft: number | null;
  castingTime: 'action' | 'bonus action' | 'reaction' | 'longer';
  ritual: boolean;
  saveDc: number;
  attackBonus: number;
  /** The spell now held by the caster's concentration, ending the one before. */
  concentration: boolean;
  targets: SpellTargetOutcome[];
  /** The hit point pool rolled, for Sleep and Color Spray. */
  pool?: { roll: string; total: number };
  /** What the DM narrates: effects the rules data does not resolve. */
  narrate: string[];
};

const saveWords: Record<string, string> = { str: 'Strength', dex: 'Dexterity', con: 'Constitution', int: 'Intelligence', wis: 'Wisdom', cha: 'Charisma' };

/** One creature's outcome in words: "Giant Rat takes 9 force damage (3 darts)", "Goblin fails a Wisdom save (8 vs DC 13) and is paralyzed". */
export function describeTarget(name: string, o: Omit<SpellTargetOutcome, 'outcome'>, unit: string): string {
  const parts: string[] = [];
  if (o.attacks?.length) {
    const hits = o.attacks.filter((a) => a.hit).length;
    parts.push(o.attacks.length === 1 ? (hits ? `is hit${o.attacks[0]!.critical ? ' critically' : ''}` : 'is missed') : `is hit by ${hits} of ${o.attacks.length} ${unit}s`);
  }
  if (o.save) parts.push(`${o.save.success ? 'makes' : 'fails'} a ${saveWords[o.save.ability] ?? o.save.ability} save (${o.save.total} vs DC ${o.save.dc})`);
  const dealt = (o.damage ?? []).reduce((sum, d) => sum + d.amount, 0);
  const type = o.damage?.[0]?.type;
  if (o.damage?.length) parts.push(`takes ${dealt}${type ? ` ${type}` : ''} damage${o.damage.length > 1 ? ` (${o.damage.length} ${unit}s)` : ''}${o.damage.some((d) => d.adjustment) ? ` (${o.damage.find((d) => d.adjustment)!.adjustment})` : ''}`);
  if (o.healed) parts.push(`regains ${o.healed.hp - o.healed.hpBefore} hit points (${o.healed.hp} now)`);
  if (o.tempHp !== undefined) parts.push(`has ${o.tempHp} temporary hit points`);
  if (o.conditions?.length) parts.push(`is ${o.conditions.join(' and ')}`);
  if (o.ended?.length) parts.push(`is no longer ${o.ended.join(' or ')}`);
  if (o.effect && !o.conditions?.length) parts.push(`is under ${o.effect}`);
  if (!parts.length) parts.push('is unaffected');
  const last = parts.pop()!;
  return `${name} ${parts.length ? `${parts.join(', ')} and ${last}` : last}`;
}
