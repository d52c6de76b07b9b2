import { abilities, type Ability } from '../abilities';
import type { CharacterSheet } from '../sheet/character';
import { getClass } from '../srd/classes';
import { spellEffect } from '../srd/spell-effects';
import { getSpell } from '../srd/spells';
import type { LevelUpChoices } from './level-up-choices';
import type { LevelUpOffer, LevelUpOption } from './level-up-offer';

/** Spells that do something the engine can resolve first (damage, healing, an effect), higher levels first. */
function ranked(options: readonly LevelUpOption[]): string[] {
  const worth = (id: string) => {
    const spell = getSpell(id);
    return (spell?.damage || spell?.healing || spellEffect(id) ? 100 : 0) + (spell?.level ?? 0);
  };
  return [...options].sort((a, b) => worth(b.id) - worth(a.id) || a.name.localeCompare(b.name)).map((o) => o.id);
}

/** The ability a class leans on: its spellcasting ability, else the better of Strength and Dexterity. */
function mainAbility(c: CharacterSheet): Ability {
  return getClass(c.build.class.id)?.spellcasting?.ability ?? (c.abilities.dex > c.abilities.str ? 'dex' : 'str');
}

/** +2 to the main ability while it stays at 20 or under; otherwise +1 to it and +1 to the next best that has room. */
function improvement(c: CharacterSheet, scores: Record<Ability, number>): LevelUpChoices['improvement'] {
  const main = mainAbility(c);
  if (scores[main] <= 18) return { [main]: 2 };
  const order = [main, 'con' as const, ...abilities.filter((a) => a !== main && a !== 'con').sort((a, b) => scores[b] - scores[a])];
  const room = order.filter((a) => scores[a] < 20);
  if (room.length >= 2) return { [room[0]!]: 1, [room[1]!]: 1 };
  return room[0] ? { [room[0]]: 2 } : undefined;
}

/**
 * The choices an AI player makes when its character reaches a level:
 * average hit points, the first subclass and feature options offered,
 * expertise in the first skills offered, an improvement to its main
 * ability, spells by a simple priority (ones the engine resolves, higher
 * levels first), and a preparation filled up to what it may prepare.
 */
export function autoChoices(c: CharacterSheet, offer: LevelUpOffer): LevelUpChoices {
  const take = (pick: { choose: number; options: LevelUpOption[] } | null, order = (o: LevelUpOption[]) => o.map((x) => x.id)) =>
    pick && pick.choose > 0 ? order(pick.options).slice(0, pick.choose) : undefined;
  const cantrips = take(offer.spells.cantrips, ranked);
  const learn = take(offer.spells.known, ranked);
  const prep = offer.spells.prepared;
  const kept = prep ? c.spells.prepared.filter((id) => prep.options.some((o) => o.id === id) && !c.spellLimits.alwaysPrepared.includes(id)) : [];
  const room = prep ? Math.max(0, prep.max - kept.length) : 0;
  const added = prep ? ranked(prep.options.filter((o) => !kept.includes(o.id) && !c.spellLimits.alwaysPrepared.includes(o.id))).slice(0, room) : [];
  return {
    hitPoints: 'average',
    ...(offer.subclass ? { subclass: offer.subclass.options[0]!.id } : {}),
    ...(offer.improvement ? { improvement: improvement(c, offer.improvement.scores) } : {}),
    ...(offer.features.length ? { features: Object.fromEntries(offer.features.map((f) => [f.id, f.options.slice(0, f.choose).map((o) => o.id)])) } : {}),
    ...(offer.expertise ? { expertise: take(offer.expertise) as LevelUpChoices['expertise'] } : {}),
    spells: { ...(cantrips ? { cantrips } : {}), ...(learn ? { learn } : {}), ...(added.length ? { prepared: [...kept, ...added] } : {}) },
  };
}
