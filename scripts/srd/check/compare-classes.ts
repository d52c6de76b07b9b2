import type { CharacterClass } from '@/lib/rules/srd/class-schema';
import type { Raw } from './read';
import { sorted, type Tally } from './tally';

const camel = (key: string) => key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/** The reference's class-table value in our form: dice objects as "NdM", slot-cost lists field by field. */
function columnValue(value: Raw): unknown {
  if (Array.isArray(value)) return value.map((v: Raw) => ({ slotLevel: v.spell_slot_level, sorceryPoints: v.sorcery_point_cost }));
  if (value && typeof value === 'object') return `${value.dice_count}d${value.dice_value}`;
  return value;
}

/** Every class's table (proficiency, features, slots, columns) and basics against the reference. */
export function compareClasses(ours: readonly CharacterClass[], reference: { classes: Raw[]; levels: Raw[]; features: Raw[] }, tally: Tally): void {
  const byId = new Map(ours.map((c) => [c.id, c]));
  for (const ref of reference.classes) {
    const record = `class ${ref.index}`;
    const cls = byId.get(ref.index);
    if (!cls) {
      tally.missing(record, 200);
      continue;
    }
    const check = (field: string, a: unknown, b: unknown) => tally.check(record, field, a, b);
    check('hit die', cls.hitDie, ref.hit_die);
    check('saving throws', cls.savingThrows, ref.saving_throws.map((s: Raw) => s.index));
    check('skill choice count', cls.skillChoice.choose, ref.proficiency_choices[0].choose);
    check('skill choice size', cls.skillChoice.from.length, ref.proficiency_choices[0].from.options.length);
    check('subclasses', cls.subclasses.map((s) => s.id), ref.subclasses.map((s: Raw) => s.index));
    check('spellcasting ability', cls.spellcasting?.ability ?? null, ref.spellcasting?.spellcasting_ability.index ?? null);
    const rows = reference.levels.filter((l) => l.class.index === ref.index && !l.subclass);
    for (const row of rows) {
      const ours = cls.levels[row.level - 1];
      const at = (field: string) => `level ${row.level} ${field}`;
      check(at('proficiency bonus'), ours?.proficiencyBonus, row.prof_bonus);
      check(at('features'), ours?.features, row.features.map((f: Raw) => String(f.index).replace(/-{2,}/g, '-')));
      for (const [key, value] of Object.entries(row.spellcasting ?? {})) {
        const slot = /^spell_slots_level_(\d)$/.exec(key);
        const mine = slot ? ours?.slots?.[Number(slot[1]) - 1] : key === 'cantrips_known' ? ours?.cantripsKnown : ours?.spellsKnown;
        check(at(key), mine, value);
      }
      for (const [key, value] of Object.entries(row.class_specific ?? {})) check(at(key), ours?.columns[camel(key)], columnValue(value));
    }
    const features = reference.features.filter((f) => f.class.index === ref.index);
    check('feature count', cls.features.length, features.length);
    for (const f of features) {
      const mine = cls.features.find((x) => x.id === String(f.index).replace(/-{2,}/g, '-'));
      check(`feature ${f.index}`, mine && [mine.name, mine.level, mine.subclass], [f.name, f.level, f.subclass?.index ?? null]);
    }
  }
}

/** Races, subraces and backgrounds: speed, size, ability bonuses, languages, traits, proficiencies, gold. */
export function compareOrigins(
  ours: { ancestries: Raw[]; subraces: Raw[]; backgrounds: Raw[] },
  reference: { races: Raw[]; subraces: Raw[]; backgrounds: Raw[] },
  tally: Tally,
): void {
  const bonuses = (list: Raw[]) => list.map((b: Raw) => [b.ability_score.index, b.bonus]);
  for (const ref of reference.races) {
    const mine = ours.ancestries.find((a) => a.id === ref.index);
    const check = (field: string, a: unknown, b: unknown) => tally.check(`ancestry ${ref.index}`, field, a, b);
    check('speed', mine?.speed, ref.speed);
    check('size', mine?.size, String(ref.size).toLowerCase());
    check('ability bonuses', mine?.abilityBonuses.map((b: Raw) => [b.ability, b.bonus]), bonuses(ref.ability_bonuses));
    check('languages', mine?.languages, ref.languages.map((l: Raw) => l.index));
    check('traits', mine?.traits, ref.traits.map((t: Raw) => t.index));
  }
  for (const ref of reference.subraces) {
    const mine = ours.subraces.find((s) => s.id === ref.index);
    tally.check(`subrace ${ref.index}`, 'ability bonuses', mine?.abilityBonuses.map((b: Raw) => [b.ability, b.bonus]), bonuses(ref.ability_bonuses));
    tally.check(`subrace ${ref.index}`, 'traits', mine?.traits, ref.racial_traits.map((t: Raw) => t.index));
  }
  for (const ref of reference.backgrounds) {
    const mine = ours.backgrounds.find((b) => b.id === ref.index);
    const skills = ref.starting_proficiencies.filter((p: Raw) => p.index.startsWith('skill-')).map((p: Raw) => p.index.slice(6).replace(/-(\w)/g, (_: string, c: string) => c.toUpperCase()));
    tally.check(`background ${ref.index}`, 'skills', sorted(mine?.proficiencies.skills ?? []), sorted(skills));
    tally.check(`background ${ref.index}`, 'starting gold', mine && [mine.startingGold.amount, mine.startingGold.unit], [ref.starting_gold.quantity, ref.starting_gold.unit]);
  }
}
