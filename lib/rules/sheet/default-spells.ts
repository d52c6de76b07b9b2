import type { Ability } from '../abilities';
import { getSpell, spellsForClass } from '../srd/spells';
import type { Build } from './build';
import { spellLimits } from './derive-spellcasting';
import type { CharacterSpells } from './spellbook';

/**
 * Spells each class reaches for first, in order: cantrips, then levelled
 * spells. Written for Roundtable as sensible table defaults (a healer
 * heals, a wizard keeps Shield and Magic Missile); the rest of a list
 * comes from the class list, highest levels first.
 */
const preferred: Record<string, { cantrips: string[]; spells: string[] }> = {
  bard: { cantrips: ['vicious-mockery', 'minor-illusion', 'light', 'mage-hand'], spells: ['healing-word', 'cure-wounds', 'faerie-fire', 'sleep', 'thunderwave', 'charm-person', 'heroism'] },
  cleric: { cantrips: ['sacred-flame', 'guidance', 'spare-the-dying', 'light', 'thaumaturgy'], spells: ['cure-wounds', 'healing-word', 'bless', 'guiding-bolt', 'shield-of-faith', 'sanctuary', 'command'] },
  druid: { cantrips: ['produce-flame', 'guidance', 'shillelagh'], spells: ['cure-wounds', 'healing-word', 'entangle', 'faerie-fire', 'thunderwave', 'goodberry'] },
  paladin: { cantrips: [], spells: ['bless', 'cure-wounds', 'shield-of-faith', 'divine-favor', 'heroism', 'command'] },
  ranger: { cantrips: [], spells: ['hunters-mark', 'cure-wounds', 'goodberry', 'entangle'] },
  sorcerer: { cantrips: ['fire-bolt', 'ray-of-frost', 'light', 'mage-hand', 'prestidigitation'], spells: ['magic-missile', 'shield', 'burning-hands', 'sleep', 'thunderwave'] },
  warlock: { cantrips: ['eldritch-blast', 'minor-illusion', 'prestidigitation'], spells: ['hellish-rebuke', 'burning-hands', 'command', 'charm-person'] },
  wizard: { cantrips: ['fire-bolt', 'mage-hand', 'light', 'ray-of-frost', 'prestidigitation'], spells: ['magic-missile', 'shield', 'mage-armor', 'sleep', 'burning-hands', 'detect-magic', 'thunderwave', 'charm-person'] },
};

/** A wizard's spellbook starts with six spells and gains two at each level. */
function spellbookSize(level: number): number {
  return 6 + 2 * (level - 1);
}

function choose(first: readonly string[], list: readonly string[], count: number): string[] {
  return [...new Set([...first, ...list])].slice(0, Math.max(0, count));
}

/**
 * A full set of spells for a build: cantrips, spells known or a spellbook,
 * and a day's preparation, as many as the class table allows at its
 * level. `cantrips` are kept first when given (those a sheet already
 * showed), if the class may know them.
 */
export function defaultSpells(build: Build, mods: Record<Ability, number>, cantrips: readonly string[] = []): CharacterSpells {
  const limits = spellLimits(build, mods);
  const classId = build.class.id;
  if (!limits.ability) return { cantrips: [], known: [], prepared: [] };
  const wish = preferred[classId] ?? { cantrips: [], spells: [] };
  const list = spellsForClass(classId, limits.maxSpellLevel, build.class.subclass ?? undefined);
  const onList = (id: string) => list.some((s) => s.id === id);
  const cantripList = list.filter((s) => s.level === 0).map((s) => s.id);
  const levelled = list.filter((s) => s.level >= 1 && !limits.alwaysPrepared.includes(s.id)).sort((a, b) => b.level - a.level || a.name.localeCompare(b.name)).map((s) => s.id);
  const wanted = wish.spells.filter((id) => onList(id) && (getSpell(id)?.level ?? 0) >= 1 && !limits.alwaysPrepared.includes(id));
  const spells = {
    cantrips: choose([...cantrips, ...wish.cantrips].filter((id) => cantripList.includes(id)), cantripList, limits.cantrips),
    known: [] as string[],
    prepared: [] as string[],
  };
  if (limits.preparation === 'known') spells.known = choose(wanted, levelled, limits.known ?? 0);
  if (limits.preparation === 'spellbook') {
    spells.known = choose(wanted, levelled, spellbookSize(build.level));
    spells.prepared = spells.known.slice(0, limits.prepared ?? 0);
  }
  if (limits.preparation === 'prepared') spells.prepared = choose(wanted, levelled, limits.prepared ?? 0);
  return spells;
}
