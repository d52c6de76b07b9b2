import type { SpellLimits } from '@/lib/rules/sheet/derive-spellcasting';
import type { CharacterSpells } from '@/lib/rules/sheet/spellbook';

/** A wizard's spellbook at level 1 holds six spells. */
export const FIRST_SPELLBOOK = 6;

function more(what: [one: string, many: string], want: number, have: number): string[] {
  const left = want - have;
  return left > 0 ? [`Choose ${left} more ${left === 1 ? what[0] : what[1]} (${have} of ${want})`] : [];
}

/**
 * Spells a new character has not chosen yet, by its class table: every
 * cantrip it knows, every spell a known caster knows, a wizard's first six
 * spellbook spells, and a full day's preparation.
 */
export function spellsStillToChoose(spells: CharacterSpells, limits: SpellLimits): string[] {
  if (!limits.ability) return [];
  const prepared = spells.prepared.filter((id) => !limits.alwaysPrepared.includes(id)).length;
  return [
    ...more(['cantrip', 'cantrips'], limits.cantrips, spells.cantrips.length),
    ...(limits.preparation === 'known' ? more(['spell known', 'spells known'], limits.known ?? 0, spells.known.length) : []),
    ...(limits.preparation === 'spellbook' ? more(['spellbook spell', 'spellbook spells'], FIRST_SPELLBOOK, spells.known.length) : []),
    ...(limits.preparation === 'spellbook' || limits.preparation === 'prepared' ? more(['prepared spell', 'prepared spells'], limits.prepared ?? 0, prepared) : []),
  ];
}
