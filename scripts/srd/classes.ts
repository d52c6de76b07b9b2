import type { CharacterClass, ClassFeature, ClassLevel } from '@/lib/rules/srd/class-schema';
import { ability, byId, choiceIndexes, kebab, skill } from './common';
import { proficiencySets } from './proficiencies';
import type { Choice, Reference, RefFeature, RefLevel, RefProficiency } from './reference';
import { startingEquipment } from './starting-equipment';

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function columns(values: RefLevel['class_specific'] | RefLevel['subclass_specific']): ClassLevel['columns'] {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([key, value]) => {
      if (Array.isArray(value)) {
        return [camel(key), value.map((v: { spell_slot_level: number; sorcery_point_cost: number }) => ({ slotLevel: v.spell_slot_level, sorceryPoints: v.sorcery_point_cost }))];
      }
      if (value && typeof value === 'object') return [camel(key), `${value.dice_count}d${value.dice_value}`];
      return [camel(key), value];
    }),
  );
}

function classProficiencies(indexes: string[], byIndex: Map<string, RefProficiency>): CharacterClass['proficiencies'] {
  const { armor, weapons, tools } = proficiencySets(indexes, byIndex);
  return { armor, weapons, tools };
}

function featureOptions(feature: RefFeature): ClassFeature['options'] {
  const specific = feature.feature_specific;
  if (!specific) return null;
  if (Array.isArray(specific.invocations)) return { choose: null, from: specific.invocations.map((r) => kebab(r.index)) };
  const choice = Object.values(specific).find((v): v is Choice => !Array.isArray(v) && 'choose' in v);
  if (!choice) return null;
  const from = choiceIndexes(choice).map((i) => (i.startsWith('skill-') ? skill(i) : kebab(i)));
  // Rogue expertise nests "two skills, or one skill and thieves' tools": two picks from the union say the same.
  const nested = choice.from.options?.find((o) => o.option_type === 'choice');
  return { choose: nested?.choice?.choose ?? choice.choose, from: [...new Set(from)] };
}

function buildClass(ref: Reference['classes'][number], reference: Reference): CharacterClass {
  const proficiencies = new Map(reference.proficiencies.map((p) => [p.index, p]));
  const toEquipmentId = (index: string) => proficiencies.get(index)?.reference.index ?? index;
  const rows = reference.levels.filter((l) => l.class.index === ref.index && !l.subclass).sort((a, b) => a.level - b.level);
  const features = reference.features.filter((f) => f.class.index === ref.index);
  const [skillChoice, ...toolChoices] = ref.proficiency_choices;
  const slotsAt = (row: RefLevel) => (row.spellcasting ? Array.from({ length: 9 }, (_, i) => row.spellcasting![`spell_slots_level_${i + 1}`] ?? 0) : null);
  const top = slotsAt(rows[19]!);
  const pact = features.some((f) => f.index === 'pact-magic');
  const highestSlot = top ? top.findLastIndex((n) => n > 0) + 1 : 0;
  return {
    id: ref.index,
    name: ref.name,
    hitDie: ref.hit_die,
    savingThrows: ref.saving_throws.map((s) => ability(s.index)),
    proficiencies: classProficiencies(ref.proficiencies.map((p) => p.index), proficiencies),
    skillChoice: { choose: skillChoice!.choose, from: choiceIndexes(skillChoice!).map(skill) },
    toolChoices: toolChoices.map((c) => ({ choose: c.choose, from: choiceIndexes(c).map(toEquipmentId) })),
    startingEquipment: startingEquipment(ref.starting_equipment, ref.starting_equipment_options),
    spellcasting: ref.spellcasting
      ? {
          ability: ability(ref.spellcasting.spellcasting_ability.index),
          progression: pact ? 'pact' : highestSlot === 9 ? 'full' : highestSlot === 5 ? 'half' : 'third',
          preparation: rows.some((r) => r.spellcasting?.spells_known !== undefined) ? 'known' : 'prepared',
          fromLevel: ref.spellcasting.level,
        }
      : null,
    levels: rows.map((row, i) => ({
      level: row.level,
      proficiencyBonus: row.prof_bonus!,
      abilityScoreImprovement: (row.ability_score_bonuses ?? 0) > (rows[i - 1]?.ability_score_bonuses ?? 0),
      features: row.features.map((f) => kebab(f.index)),
      cantripsKnown: row.spellcasting?.cantrips_known ?? null,
      spellsKnown: row.spellcasting?.spells_known ?? null,
      slots: slotsAt(row),
      columns: columns(row.class_specific),
    })),
    subclasses: reference.subclasses
      .filter((s) => s.class.index === ref.index)
      .map((s) => ({
        id: s.index,
        name: s.name,
        flavor: s.subclass_flavor,
        levels: reference.levels
          .filter((l) => l.subclass?.index === s.index)
          .sort((a, b) => a.level - b.level)
          .map((l) => ({ level: l.level, features: l.features.map((f) => kebab(f.index)), columns: columns(l.subclass_specific) })),
        spells: (s.spells ?? []).map((entry) => {
          const level = entry.prerequisites.find((p) => p.type === 'level')!;
          const feature = entry.prerequisites.find((p) => p.type === 'feature');
          return { spell: entry.spell.index, level: Number(level.index.split('-').pop()), ...(feature && { feature: kebab(feature.index) }) };
        }),
      })),
    features: byId(
      features.map((f) => ({
        id: kebab(f.index),
        name: f.name,
        level: f.level,
        subclass: f.subclass?.index ?? null,
        parent: f.parent ? kebab(f.parent.index) : null,
        options: featureOptions(f),
      })),
    ),
  };
}

export function buildClasses(reference: Reference): CharacterClass[] {
  return byId(reference.classes.map((c) => buildClass(c, reference)));
}
