import type { Ability } from './abilities';
import type { ModeSources } from './d20';
import type { DamageType } from './damage-types';
import type { StatePatch } from './patches';
import type { Effect, EffectModifier } from './sheet/effects';
import { isCharacter, type Combatant } from './state';

/** The kinds of d20 roll effects can change. */
export type RollKind = 'attack roll' | 'saving throw' | 'ability check';

const modeTarget = { 'attack roll': 'attack rolls', 'saving throw': 'saving throws', 'ability check': 'ability checks' } as const;

/**
 * What the effects on a creature do to one of its rolls: dice added or
 * taken away (Bless's +1d4, Bane's −1d4), advantage and disadvantage with
 * the effect that gives each, and the effects the roll uses up.
 */
export type EffectsOnRoll = {
  /** Dice to append to the d20 notation, e.g. "+1d4" or "+1d4-1d4"; empty for none. */
  dice: string;
  modes: ModeSources;
  /** The effects, by name, that changed the roll. */
  named: string[];
  /** Effects spent by this roll (Guidance, Guiding Bolt's glow). */
  spent: Effect[];
};

/** An effect's name as the log says it: the spell, item or feature it comes from. */
function effectName(effect: Effect): string {
  return effect.source.id.replaceAll('-', ' ');
}

type ModeModifier = Extract<EffectModifier, { kind: 'advantage' | 'disadvantage' }>;

/** The same spell cast twice does not add up: one effect per source counts. */
function oneEach(effects: readonly Effect[]): Effect[] {
  const seen = new Set<string>();
  return effects.filter((e) => {
    const key = `${e.source.kind}:${e.source.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function modes(effects: readonly Effect[], applies: (m: ModeModifier) => boolean): { modes: ModeSources; used: Effect[]; spent: Effect[] } {
  const advantage: string[] = [];
  const disadvantage: string[] = [];
  const used: Effect[] = [];
  const spent: Effect[] = [];
  for (const effect of oneEach(effects)) {
    const hits = effect.modifiers.filter((m): m is ModeModifier => (m.kind === 'advantage' || m.kind === 'disadvantage') && applies(m));
    for (const m of hits) (m.kind === 'advantage' ? advantage : disadvantage).push(effectName(effect));
    if (hits.length) used.push(effect);
    if (hits.some((m) => m.once)) spent.push(effect);
  }
  return { modes: { advantage, disadvantage }, used, spent };
}

/** What the holder's own effects do to a roll of one kind (of one ability, for saves and checks). */
export function effectsOnRoll(holder: Pick<Combatant, 'effects'>, kind: RollKind, ability?: Ability): EffectsOnRoll {
  const fits = (abilities: readonly Ability[]) => abilities.length === 0 || (ability !== undefined && abilities.includes(ability));
  const dice: string[] = [];
  const spent = new Set<Effect>();
  const named: string[] = [];
  for (const effect of oneEach(holder.effects)) {
    for (const m of effect.modifiers) {
      if (m.kind !== 'roll bonus' || !m.rolls.includes(kind)) continue;
      dice.push(`${m.sign < 0 ? '-' : '+'}${m.dice}`);
      named.push(effectName(effect));
      if (m.once) spent.add(effect);
    }
  }
  const found = modes(holder.effects, (m) => m.on === modeTarget[kind] && fits(m.abilities));
  named.push(...found.used.map(effectName));
  for (const effect of found.spent) spent.add(effect);
  return { dice: dice.join(''), modes: found.modes, named: [...new Set(named)], spent: [...spent] };
}

/** Advantage and disadvantage the target's effects give attacks against it (Faerie Fire, Blur, Guiding Bolt). */
export function effectsAgainst(target: Pick<Combatant, 'effects'>): { modes: ModeSources; spent: Effect[] } {
  const found = modes(target.effects, (m) => m.on === 'attacks against it');
  return { modes: found.modes, spent: found.spent };
}

/** Patches ending the effects a roll used up. */
export function spentEffectPatches(holder: Pick<Combatant, 'id'>, spent: readonly Effect[]): StatePatch[] {
  return spent.map((e) => ({ op: 'character.effectEnded', characterId: holder.id, effectId: e.id }));
}

/**
 * Extra damage the attacker's effects add to a hit on this target: a mark
 * on it (Hunter's Mark), and for creatures, whose stat blocks are not
 * re-derived, the bonuses a character's sheet would already carry (Divine
 * Favor). `weapon` says whether the attack is made with a weapon.
 */
export function effectDamage(
  attacker: Combatant,
  targetId: string,
  attack: { weapon: boolean; melee: boolean },
): Array<{ dice: string; type: DamageType | null; from: string }> {
  const derived = isCharacter(attacker);
  return oneEach(attacker.effects).flatMap((effect) =>
    effect.modifiers.flatMap((m) => {
      if (m.kind !== 'damage bonus') return [];
      if (m.against !== null ? m.against !== targetId : derived) return [];
      if (m.on !== 'any attack' && (!attack.weapon || (m.on === 'melee weapon attack' && !attack.melee))) return [];
      return [{ dice: m.dice, type: m.type, from: effectName(effect) }];
    }),
  );
}
