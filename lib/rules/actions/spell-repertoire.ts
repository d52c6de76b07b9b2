import type { Ability } from '../abilities';
import { RuleViolation } from '../rule-violation';
import { getSpell, matchSpell } from '../srd/spells';
import type { Usage } from '../srd/common';
import type { Spell } from '../srd/spell-schema';
import { isCharacter, type CharacterSheet, type Combatant } from '../state';
import { abilityMod, proficiencyOf } from '../stats';

/** What a caster brings to one spell: the numbers its rules use, and the level cantrips scale by. */
export type CasterNumbers = {
  ability: Ability;
  saveDc: number;
  attackBonus: number;
  /** The spellcasting ability modifier, which healing and some damage add. */
  modifier: number;
  /** Character level, or a stat block's caster level, for cantrips that grow. */
  casterLevel: number;
};

/**
 * A spell a caster can cast now, and the numbers it casts it with; a stat
 * block's innate spell carries how often it may be cast (at will, so many
 * times a day) and takes no slot.
 */
export type Castable = { spell: Spell; numbers: CasterNumbers; usage?: Usage };

/**
 * The classes whose Spellcasting feature includes ritual casting, and which
 * of their spells they may cast as rituals: a wizard any ritual in the
 * spellbook, the others the rituals they know or have prepared. The data
 * does not structure this part of the feature.
 */
const ritualCasters: Record<string, 'spellbook' | 'prepared' | 'known'> = { wizard: 'spellbook', cleric: 'prepared', druid: 'prepared', bard: 'known' };

function classNumbers(c: Combatant, ability: Ability, casterLevel: number): CasterNumbers {
  const modifier = abilityMod(c, ability);
  const attackBonus = modifier + proficiencyOf(c);
  return { ability, saveDc: 8 + attackBonus, attackBonus, modifier, casterLevel };
}

/** A character's spells by id, each with the ability it casts it with (a high elf's cantrip: Intelligence). */
function characterSpells(c: CharacterSheet): Array<{ id: string; ability: Ability }> {
  const ability = c.spellLimits.ability;
  const ancestry = c.build.ancestry.cantrip ? [{ id: c.build.ancestry.cantrip, ability: 'int' as const }] : [];
  if (!ability) return ancestry;
  const prepares = c.spellLimits.preparation === 'prepared' || c.spellLimits.preparation === 'spellbook';
  return [
    ...c.spells.cantrips.map((id) => ({ id, ability })),
    ...ancestry,
    ...c.spellLimits.alwaysPrepared.map((id) => ({ id, ability })),
    ...(prepares ? c.spells.prepared.map((id) => ({ id, ability })) : c.spells.known.map((id) => ({ id, ability }))),
  ];
}

/** A spell by id as this caster has it: an imported creature's by its own book's numbers, else the SRD's. */
export function spellOf(c: Combatant, id: string): Spell | undefined {
  return (isCharacter(c) ? undefined : c.bookSpells.find((s) => s.id === id)) ?? getSpell(id);
}

/** A stat block's Spellcasting or Innate Spellcasting trait, with its own DC and attack bonus. */
function creatureSpellcasting(c: Combatant) {
  if (isCharacter(c)) return undefined;
  return c.traits.find((t) => t.spellcasting)?.spellcasting;
}

function creatureCastables(c: Combatant): Castable[] {
  const trait = creatureSpellcasting(c);
  if (!trait) return [];
  const derived = classNumbers(c, trait.ability, trait.casterLevel ?? 1);
  const numbers = { ...derived, saveDc: trait.dc ?? derived.saveDc, attackBonus: trait.attackBonus ?? derived.attackBonus };
  return trait.spells.flatMap((s) => {
    const spell = spellOf(c, s.id);
    return spell ? [{ spell, numbers, ...(s.usage && { usage: s.usage }) }] : [];
  });
}

/** Every spell a creature can cast now, each once, by how it has it. */
export function castables(c: Combatant): Castable[] {
  if (!isCharacter(c)) return creatureCastables(c);
  const seen = new Set<string>();
  return characterSpells(c).flatMap(({ id, ability }) => {
    const spell = getSpell(id);
    if (!spell || seen.has(id)) return [];
    seen.add(id);
    return [{ spell, numbers: classNumbers(c, ability, c.level) }];
  });
}

/** The rituals a character may cast without preparing them or spending a slot. */
function rituals(c: CharacterSheet): Castable[] {
  const kind = ritualCasters[c.build.class.id];
  const ability = c.spellLimits.ability;
  if (!kind || !ability) return [];
  const ids = kind === 'prepared' ? [...c.spells.prepared, ...c.spellLimits.alwaysPrepared] : c.spells.known;
  return ids.flatMap((id) => {
    const spell = getSpell(id);
    return spell?.ritual ? [{ spell, numbers: classNumbers(c, ability, c.level) }] : [];
  });
}

/**
 * A spell by the name or id given, the caster's own book's first (an
 * imported creature's), or a refusal that says which names come close.
 */
export function spellNamed(name: string, caster?: Combatant): Spell {
  const wanted = name.trim().toLowerCase();
  const own = caster && !isCharacter(caster) ? caster.bookSpells.find((s) => s.id === wanted || s.name.toLowerCase() === wanted) : undefined;
  if (own) return own;
  const byId = getSpell(wanted);
  if (byId) return byId;
  const match = matchSpell(name);
  if (match.found) return match.found;
  const near = match.suggestions.length ? ` Did you mean ${match.suggestions.join(', ')}?` : '';
  throw new RuleViolation(`There is no spell called "${name}" in the SRD.${near}`);
}

function listOf(c: Combatant): string {
  const names = castables(c).map((k) => k.spell.name);
  return names.length ? `${c.name} can cast ${names.join(', ')}` : `${c.name} casts no spells`;
}

/**
 * How a caster may cast a spell now, or a refusal naming what it can cast:
 * a character casts its cantrips, what it knows (known casters) or has
 * prepared (prepared casters and wizards), its subclass's spells and its
 * ancestry's cantrip; as a ritual (`ritual`), a wizard any ritual in its
 * spellbook and clerics, druids and bards the rituals they have ready. A
 * creature casts what its stat block's spellcasting lists.
 */
export function castableSpell(c: Combatant, spell: Spell, ritual = false): Castable {
  if (ritual) {
    if (!spell.ritual) throw new RuleViolation(`${spell.name} is not a ritual; it can only be cast with a spell slot`);
    const found = isCharacter(c) ? rituals(c).find((k) => k.spell.id === spell.id) : undefined;
    if (found) return found;
    throw new RuleViolation(`${c.name} cannot cast ${spell.name} as a ritual. ${listOf(c)}.`);
  }
  const found = castables(c).find((k) => k.spell.id === spell.id);
  if (found) return found;
  if (isCharacter(c) && c.spellLimits.preparation === 'spellbook' && c.spells.known.includes(spell.id)) {
    throw new RuleViolation(`${spell.name} is in ${c.name}'s spellbook but not prepared today${spell.ritual ? '; as a ritual it can be cast unprepared, out of a fight' : ''}. ${listOf(c)}.`);
  }
  throw new RuleViolation(`${c.name} does not know ${spell.name}${isCharacter(c) && c.spellLimits.preparation === 'prepared' ? ' or has not prepared it' : ''}. ${listOf(c)}.`);
}
