import type { Ancestry, Background, RacialTrait, Subrace } from '@/lib/rules/srd/ancestry-schema';
import type { DamageType } from '@/lib/rules/damage-types';
import { ability, byId, choiceIndexes, cost, levelTable, save, skill } from './common';
import { proficiencySets } from './proficiencies';
import type { Choice, Reference } from './reference';
import { startingEquipment } from './starting-equipment';

/** A choice of ids; one offered from the whole language list (a resource list) is "any". */
function pick(choice: Choice | undefined, id: (index: string) => string = (index) => index): Ancestry['languageChoice'] {
  if (!choice) return null;
  if (choice.from.option_set_type === 'resource_list') return { choose: choice.choose, from: 'any' };
  return { choose: choice.choose, from: choiceIndexes(choice).map(id) };
}

const bonuses = (list: Array<{ ability_score: { index: string }; bonus: number }>) =>
  list.map((b) => ({ ability: ability(b.ability_score.index), bonus: b.bonus }));

export function buildAncestries(reference: Reference): { ancestries: Ancestry[]; subraces: Subrace[]; traits: RacialTrait[] } {
  const proficiencies = new Map(reference.proficiencies.map((p) => [p.index, p]));
  const ancestries = reference.races.map((race) => {
    const options = race.ability_bonus_options;
    return {
      id: race.index,
      name: race.name,
      size: race.size.toLowerCase() as 'small',
      speed: race.speed,
      abilityBonuses: bonuses(race.ability_bonuses),
      abilityChoice: options
        ? { choose: options.choose, bonus: options.from.options![0]!.bonus!, from: options.from.options!.map((o) => ability(o.ability_score!.index)) }
        : null,
      languages: race.languages.map((l) => l.index),
      languageChoice: pick(race.language_options),
      traits: race.traits.map((t) => t.index),
      subraces: race.subraces.map((s) => s.index),
    };
  });
  const subraces = reference.subraces.map((sub) => ({
    id: sub.index,
    name: sub.name,
    ancestry: sub.race.index,
    abilityBonuses: bonuses(sub.ability_bonuses),
    traits: sub.racial_traits.map((t) => t.index),
  }));
  const traits = reference.traits.map((trait) => {
    const specific = trait.trait_specific;
    const breath = specific?.breath_weapon;
    return {
      id: trait.index,
      name: trait.name,
      ancestries: trait.races.map((r) => r.index),
      subraces: trait.subraces.map((r) => r.index),
      parent: trait.parent?.index ?? null,
      proficiencies: proficiencySets(trait.proficiencies.map((p) => p.index), proficiencies),
      proficiencyChoice: pick(trait.proficiency_choices, (index) => (index.startsWith('skill-') ? skill(index) : proficiencies.get(index)?.reference.index ?? index)),
      languageChoice: pick(trait.language_options),
      spellChoice: pick(specific?.spell_options),
      optionChoice: pick(specific?.subtrait_options),
      damageType: (specific?.damage_type?.index ?? null) as DamageType | null,
      breathWeapon: breath
        ? {
            area: { shape: breath.area_of_effect.type as 'cone', size: breath.area_of_effect.size },
            save: save(breath.dc),
            damage: levelTable(breath.damage[0]!.damage_at_character_level),
          }
        : null,
    };
  });
  return { ancestries: byId(ancestries), subraces: byId(subraces), traits: byId(traits) };
}

export function buildBackgrounds(reference: Reference): Background[] {
  const proficiencies = new Map(reference.proficiencies.map((p) => [p.index, p]));
  return byId(
    reference.backgrounds.map((bg) => ({
      id: bg.index,
      name: bg.name,
      proficiencies: proficiencySets(bg.starting_proficiencies.map((p) => p.index), proficiencies),
      languageChoice: pick(bg.language_options),
      startingEquipment: startingEquipment(bg.starting_equipment, bg.starting_equipment_options),
      startingGold: cost(bg.starting_gold ?? { quantity: 0, unit: 'gp' }),
      feature: bg.feature.name,
    })),
  );
}
