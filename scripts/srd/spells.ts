import type { DamageType } from '@/lib/rules/damage-types';
import type { Spell } from '@/lib/rules/srd/spell-schema';
import { byId, diceWithModifier, levelTable, save } from './common';
import type { RefSpell } from './reference';

function castingTime(text: string): Spell['castingTime'] {
  const match = /^(\d+) (action|bonus action|reaction|minute|hour)s?$/.exec(text);
  if (!match) throw new Error(`Unreadable casting time "${text}"`);
  return { amount: Number(match[1]), unit: match[2] as Spell['castingTime']['unit'] };
}

function range(text: string): Spell['range'] {
  const lower = text.toLowerCase();
  if (['self', 'touch', 'sight', 'unlimited', 'special'].includes(lower)) return { kind: lower as 'self' };
  const match = /^(\d[\d,]*) (feet|foot|miles?)$/.exec(lower);
  if (!match) throw new Error(`Unreadable range "${text}"`);
  return { kind: match[2]!.startsWith('mile') ? 'miles' : 'feet', amount: Number(match[1]!.replace(/,/g, '')) };
}

function duration(text: string): Spell['duration'] {
  const lower = text.toLowerCase().replace(/^up to /, '');
  if (['instantaneous', 'until dispelled', 'special'].includes(lower)) return { kind: lower as 'special' };
  const match = /^(\d+) (round|minute|hour|day)s?$/.exec(lower);
  if (!match) throw new Error(`Unreadable duration "${text}"`);
  return { kind: `${match[2]}s` as 'rounds', amount: Number(match[1]) };
}

/**
 * Whether a material component has a price and is used up. Only these two
 * facts are read from the component's text; the text itself is not kept.
 */
function material(text: string | undefined): NonNullable<Spell['components']['material']> {
  const prices = [...(text ?? '').matchAll(/(\d[\d,]*)\s*gp/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
  return { costGp: prices.length ? Math.max(...prices) : null, consumed: /consume/i.test(text ?? '') };
}

function damage(ref: RefSpell): Spell['damage'] {
  if (!ref.damage) return null;
  const bySlot = ref.damage.damage_at_slot_level;
  const table = bySlot ?? ref.damage.damage_at_character_level;
  if (!table) return null;
  return {
    type: (ref.damage.damage_type?.index ?? null) as DamageType | null,
    scaling: bySlot ? 'slot level' : 'character level',
    dice: levelTable(table),
    addsModifier: Object.values(table).some((v) => diceWithModifier(v).addsModifier),
  };
}

function healing(ref: RefSpell): Spell['healing'] {
  const table = ref.heal_at_slot_level;
  if (!table) return null;
  return { dice: levelTable(table), addsModifier: Object.values(table).some((v) => diceWithModifier(v).addsModifier) };
}

export function buildSpells(spells: RefSpell[]): Spell[] {
  return byId(
    spells.map((ref) => ({
      id: ref.index,
      name: ref.name,
      level: ref.level,
      school: ref.school.index as Spell['school'],
      castingTime: castingTime(ref.casting_time),
      ritual: ref.ritual,
      range: range(ref.range),
      components: {
        verbal: ref.components.includes('V'),
        somatic: ref.components.includes('S'),
        material: ref.components.includes('M') ? material(ref.material) : null,
      },
      duration: duration(ref.duration),
      concentration: ref.concentration,
      classes: ref.classes.map((c) => c.index).sort(),
      subclasses: ref.subclasses.map((c) => c.index).sort(),
      attack: ref.attack_type === 'melee' || ref.attack_type === 'ranged' ? ref.attack_type : null,
      save: ref.dc ? save(ref.dc) : null,
      damage: damage(ref),
      healing: healing(ref),
      area: ref.area_of_effect ? { shape: ref.area_of_effect.type as 'sphere', size: ref.area_of_effect.size } : null,
    })),
  );
}
