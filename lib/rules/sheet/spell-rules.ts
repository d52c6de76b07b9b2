import { getSpell } from '../srd/spells';
import type { Build } from './build';
import { onSpellList, type SpellLimits } from './derive-spellcasting';
import type { CharacterSpells, Concentration } from './spellbook';

function unknownIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !getSpell(id)).map((id) => `No SRD spell "${id}"`);
}

function levelled(ids: readonly string[], limits: SpellLimits, what: string): string[] {
  return ids.flatMap((id) => {
    const level = getSpell(id)?.level ?? 0;
    if (level === 0) return [`${getSpell(id)?.name ?? id} is a cantrip, not one of the ${what}`];
    return level > limits.maxSpellLevel ? [`${getSpell(id)!.name} is a level ${level} spell; the highest this caster can cast is level ${limits.maxSpellLevel}`] : [];
  });
}

/**
 * What the class table allows of a character's spells: cantrips from the
 * class list up to the number known; a known caster's spells from its list,
 * no more than it may know and no higher than its slots; a wizard's
 * spellbook of wizard spells and preparation from it; a prepared caster's
 * preparation from its class list, no more than its ability modifier plus
 * level allows (the subclass's spells come free). Characters without
 * spellcasting yet have no spells.
 */
export function spellProblems(spells: CharacterSpells, limits: SpellLimits, build: Build): string[] {
  const { cantrips, known, prepared } = spells;
  const problems = unknownIds([...cantrips, ...known, ...prepared]);
  if (problems.length) return problems;
  const classId = build.class.id;
  const offList = (ids: readonly string[]) => ids.filter((id) => !onSpellList(id, classId, build.class.subclass)).map((id) => `${getSpell(id)!.name} is not on the ${classId} spell list`);
  const repeated = (ids: readonly string[], what: string) => (new Set(ids).size === ids.length ? [] : [`The ${what} list a spell twice`]);
  problems.push(...offList([...cantrips, ...known, ...prepared]), ...repeated(cantrips, 'cantrips'), ...repeated(known, 'spells known'), ...repeated(prepared, 'prepared spells'));
  if (cantrips.some((id) => getSpell(id)!.level !== 0)) problems.push('Only cantrips may be listed as cantrips');
  if (cantrips.length > limits.cantrips) problems.push(`A level ${build.level} ${classId} knows ${limits.cantrips} cantrips, not ${cantrips.length}`);
  if (limits.preparation === 'known') {
    problems.push(...levelled(known, limits, 'spells known'));
    if (known.length > limits.known!) problems.push(`A level ${build.level} ${classId} knows ${limits.known} spells, not ${known.length}`);
  } else if (limits.preparation === 'spellbook') {
    problems.push(...levelled(known, limits, 'spells in the spellbook'));
  } else if (known.length > 0) {
    problems.push(`A ${classId} does not learn spells one by one`);
  }
  if (limits.preparation === 'known' || limits.preparation === null) {
    if (prepared.length > 0) problems.push(`A ${classId}${limits.preparation ? '' : ` of level ${build.level}`} prepares no spells`);
  } else {
    problems.push(...levelled(prepared, limits, 'prepared spells'));
    if (limits.preparation === 'spellbook' && prepared.some((id) => !known.includes(id))) problems.push('A wizard prepares only spells in the spellbook');
    const counted = prepared.filter((id) => !limits.alwaysPrepared.includes(id));
    if (counted.length > limits.prepared!) problems.push(`A level ${build.level} ${classId} prepares up to ${limits.prepared} spells, not ${counted.length}`);
  }
  return problems;
}

/** A concentration must be on a concentration spell. */
export function concentrationProblems(concentration: Concentration | null): string[] {
  if (!concentration) return [];
  const spell = getSpell(concentration.spell);
  if (!spell) return [`No SRD spell "${concentration.spell}"`];
  if (!spell.concentration) return [`${spell.name} needs no concentration`];
  if (concentration.slotLevel !== null && concentration.slotLevel < spell.level) return [`${spell.name} cannot be cast with a level ${concentration.slotLevel} slot`];
  return [];
}
