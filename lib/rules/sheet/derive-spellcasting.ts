import type { Ability } from '../abilities';
import type { AttackProfile } from '../attack-profile';
import type { SpellSlot } from '../combatant';
import { classLevel, getClass, getSubclass, slotsFor } from '../srd/classes';
import { getSpell, spellDamageAt } from '../srd/spells';
import type { Build } from './build';
import { withModifier, type AttackInputs } from './derive-attacks';
import { modifiersOf } from './effects';
import type { ItemFacts } from './items';

/** Ranges the data leaves as "self" though the spell's attack reaches further (Produce Flame's thrown flame). */
const attackRangeFeet: Record<string, number> = { 'produce-flame': 30 };

/** How a character's spells work, at its level. */
export type SpellLimits = {
  /** The spellcasting ability, or null before the class casts spells (paladins and rangers at level 1). */
  ability: Ability | null;
  /** Prepared from the class list, known, or prepared from a spellbook (wizards). */
  preparation: 'prepared' | 'known' | 'spellbook' | null;
  cantrips: number;
  /** Spells a known caster may know. */
  known: number | null;
  /** Spells a prepared caster may prepare, besides its subclass's. */
  prepared: number | null;
  /** The highest level of slot it has; 0 without slots. */
  maxSpellLevel: number;
  /** Spells the subclass always has prepared (a Life cleric's Bless and Cure Wounds). */
  alwaysPrepared: string[];
};

/** The spellcasting numbers of a class at the build's level, from the class table. */
export function spellLimits(build: Build, mods: Record<Ability, number>): SpellLimits {
  const cls = getClass(build.class.id)!;
  const row = classLevel(cls.id, build.level);
  const casting = cls.spellcasting && build.level >= cls.spellcasting.fromLevel ? cls.spellcasting : null;
  const slots = slotsFor(cls.id, build.level);
  const maxSpellLevel = casting ? slots.reduce((max, n, i) => (n > 0 ? i + 1 : max), 0) : 0;
  const chosen = Object.values(build.class.features).flat();
  const subclass = build.class.subclass ? getSubclass(build.class.subclass) : undefined;
  const alwaysPrepared = (subclass?.spells ?? []).filter((s) => s.level <= build.level && (!s.feature || chosen.includes(s.feature))).map((s) => s.spell);
  if (!casting) return { ability: null, preparation: null, cantrips: 0, known: null, prepared: null, maxSpellLevel: 0, alwaysPrepared: [] };
  const mod = mods[casting.ability];
  const preparedLevel = casting.progression === 'half' ? Math.floor(build.level / 2) : build.level;
  const preparation = cls.id === 'wizard' ? 'spellbook' : casting.preparation;
  return {
    ability: casting.ability,
    preparation,
    cantrips: row.cantripsKnown ?? 0,
    known: preparation === 'known' ? (row.spellsKnown ?? 0) : null,
    prepared: preparation === 'known' ? null : Math.max(1, mod + preparedLevel),
    maxSpellLevel,
    alwaysPrepared,
  };
}

/** What a sheet last recorded of a slot level: what remained, and of what maximum. */
export type StoredSlot = Pick<SpellSlot, 'level' | 'remaining'> & { max?: number };

/**
 * Spell slots from the class table, each with what remains of it: the
 * stored count, plus any slots the maximum gained since it was recorded (a
 * level-up adds ready slots), never above the maximum; a level the
 * character did not have before starts full.
 */
export function spellSlots(classId: string, level: number, stored: readonly StoredSlot[]): SpellSlot[] {
  const cls = getClass(classId);
  if (!cls?.spellcasting || level < cls.spellcasting.fromLevel) return [];
  return slotsFor(classId, level).flatMap((max, i) => {
    if (max === 0) return [];
    const before = stored.find((s) => s.level === i + 1);
    const remaining = before ? before.remaining + Math.max(0, max - (before.max ?? max)) : max;
    return [{ level: i + 1, max, remaining: Math.min(max, remaining) }];
  });
}

/** Whether a spell is on the class's list or its subclass's. */
export function onSpellList(spellId: string, classId: string, subclassId: string | null): boolean {
  const spell = getSpell(spellId);
  return !!spell && (spell.classes.includes(classId) || (subclassId !== null && spell.subclasses.includes(subclassId)));
}

/** A cantrip a character can cast and the ability it casts it with. */
export type KnownCantrip = { spellId: string; ability: Ability };

/**
 * Attack profiles of the attack cantrips a character knows (Fire Bolt,
 * Eldritch Blast, Shocking Grasp...), with its spell attack bonus and the
 * damage for its character level. Save cantrips (Sacred Flame) are not
 * attacks and are cast as spells.
 */
export function cantripAttacks(cantrips: readonly KnownCantrip[], level: number, inputs: AttackInputs, working: readonly ItemFacts[]): AttackProfile[] {
  const itemBonus = working.flatMap((f) => f.effects).reduce((sum, e) => sum + (e.kind === 'spell attack bonus' ? e.bonus : 0), 0);
  const agonizing = [...inputs.owned].includes('eldritch-invocation-agonizing-blast');
  return cantrips.flatMap(({ spellId, ability }): AttackProfile[] => {
    const spell = getSpell(spellId);
    const damage = spell && spellDamageAt(spell, level);
    if (!spell?.attack || !damage?.type) return [];
    const mod = inputs.mods[ability];
    const feet = attackRangeFeet[spell.id] ?? (spell.range.kind === 'feet' ? spell.range.amount : 5);
    const added = (damage.addsModifier || (agonizing && spell.id === 'eldritch-blast') ? mod : 0);
    const extraDamage = modifiersOf(inputs.effects, 'damage bonus')
      .filter((m) => m.on === 'any attack' && m.against === null)
      .map((m) => ({ dice: m.dice, type: m.type ?? damage.type! }));
    return [
      {
        name: spell.name,
        kind: spell.attack,
        toHit: mod + inputs.proficiencyBonus + itemBonus,
        damage: { dice: withModifier(damage.dice, added), type: damage.type },
        extraDamage: extraDamage.slice(0, 4),
        reach: spell.attack === 'melee' ? Math.min(30, Math.max(5, feet)) : 5,
        range: spell.attack === 'ranged' ? { normal: feet, long: feet } : null,
        source: { kind: 'spell', spellId: spell.id },
      },
    ];
  });
}
