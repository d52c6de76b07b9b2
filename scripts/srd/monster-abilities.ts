import type { DamageType } from '@/lib/rules/damage-types';
import { areaFromText, imposedConditions } from '@/lib/rulebooks/content/action-words';
import { conditionNames } from '@/lib/rules/conditions';
import type { DamageEntry, MonsterAbility } from '@/lib/rules/srd/monster-schema';
import { ability, dice, idFromUrl, save, usage } from './common';
import type { Damage, Option, RefAction } from './reference';

/**
 * Facts the reference states only inside an action's text: the kind of
 * attack with its reach or range, the conditions it imposes and a grapple's
 * escape DC. Only these facts are kept.
 */
function factsFromText(text: string) {
  const attack = /^(Melee or Ranged|Melee|Ranged) (Weapon|Spell) Attack:\s*[+-]?\d+ to hit(?: \([^)]*\))?,\s*(?:reach (\d+) ft\.)?(?: or )?(?:range (\d+)(?:\/(\d+))? ft\.)?/.exec(text.trim());
  const conditions = imposedConditions(text, conditionNames);
  const escape = /escape DC (\d+)/.exec(text);
  return { attack, conditions, escapeDc: escape ? Number(escape[1]) : undefined };
}

/** The sentence of an action's text that describes one of its options ("Fire Breath. The dragon exhales..."). */
function optionText(text: string, name: string): string {
  return text.split('\n').find((line) => line.startsWith(`${name}.`)) ?? '';
}

function damageEntry(ref: Damage): DamageEntry {
  if (ref.choose && ref.from) {
    return {
      oneOf: ref.from.options.map((o) => ({
        dice: dice(o.damage_dice),
        type: o.damage_type.index as DamageType,
        ...(o.notes && { note: o.notes.toLowerCase().startsWith('two') ? ('two-handed' as const) : ('one-handed' as const) }),
      })),
    };
  }
  if (!ref.damage_type || !ref.damage_dice) throw new Error('Damage without dice or type');
  return { dice: dice(ref.damage_dice), type: ref.damage_type.index as DamageType, ...(ref.dc && { save: save(ref.dc) }) };
}

function stepCount(count: number | string): number | string {
  if (typeof count === 'number') return count;
  if (/heads/i.test(count)) return 'heads';
  return dice(count);
}

function multiattack(ref: RefAction): MonsterAbility['multiattack'] {
  if (ref.actions) return [ref.actions.map((a) => ({ action: a.action_name, count: stepCount(a.count) }))] as MonsterAbility['multiattack'];
  if (!ref.action_options) return undefined;
  const steps = (option: Option): Option[] => (option.option_type === 'multiple' ? option.items ?? [] : [option]);
  return (ref.action_options.from.options ?? []).map((option) =>
    steps(option).map((step) => ({ action: step.action_name!, count: stepCount(step.count ?? 1) })),
  ) as MonsterAbility['multiattack'];
}

function options(ref: RefAction): MonsterAbility['options'] {
  const list = ref.options?.from.options ?? ref.attacks;
  if (!list) return undefined;
  return {
    mode: ref.options ? 'choose one' : 'in order',
    list: list.map((o) => {
      // Options taken in turn (a sphinx's roars) share the reach the action's opening states.
      const text = optionText(ref.desc ?? '', o.name!);
      const area = o.dc ? (areaFromText(text) ?? (ref.options ? undefined : areaFromText(ref.desc ?? ''))) : undefined;
      return {
        name: o.name!,
        ...(o.dc && { save: save(o.dc) }),
        ...(area && { area }),
        ...(o.damage && { damage: o.damage.map(damageEntry) }),
      };
    }),
  };
}

function spellcasting(ref: NonNullable<RefAction['spellcasting']>): MonsterAbility['spellcasting'] {
  return {
    ability: ability(ref.ability.index),
    ...(ref.dc !== undefined && { dc: ref.dc }),
    ...(ref.modifier !== undefined && { attackBonus: ref.modifier }),
    ...(ref.level !== undefined && { casterLevel: ref.level }),
    ...(ref.school && { list: ref.school }),
    components: ref.components_required as Array<'V' | 'S' | 'M'>,
    slots: Object.entries(ref.slots ?? {})
      .map(([level, count]) => ({ level: Number(level), count }))
      .filter((s) => s.count > 0)
      .sort((a, b) => a.level - b.level),
    spells: ref.spells.map((s) => ({ id: idFromUrl(s.url), level: s.level, ...(s.usage && { usage: usage(s.usage) }) })),
  };
}

/** One trait, action, reaction or legendary action, as structured mechanics. */
export function monsterAbility(ref: RefAction): MonsterAbility {
  const costMatch = /^(.*?)\s*\(Costs (\d) Actions\)$/.exec(ref.name);
  const facts = factsFromText(ref.desc ?? '');
  const attack = facts.attack;
  // An attack's reach or range says where it lands; only a save action needs an area.
  const area = ref.dc && ref.attack_bonus === undefined ? areaFromText(ref.desc ?? '') : undefined;
  return {
    name: costMatch ? costMatch[1]! : ref.name,
    ...(costMatch && { cost: Number(costMatch[2]) }),
    ...(ref.usage && { usage: usage(ref.usage) }),
    ...(ref.attack_bonus !== undefined && {
      attack: {
        kind: attack ? (attack[1]!.toLowerCase() as 'melee') : null,
        source: attack ? (attack[2]!.toLowerCase() as 'weapon') : null,
        bonus: ref.attack_bonus,
        ...(attack?.[3] && { reach: Number(attack[3]) }),
        ...(attack?.[4] && { range: { normal: Number(attack[4]), ...(attack[5] && { long: Number(attack[5]) }) } }),
      },
    }),
    ...(ref.dc && { save: save(ref.dc) }),
    ...(area && { area }),
    ...(ref.damage?.length && { damage: ref.damage.map(damageEntry) }),
    ...((ref.actions || ref.action_options) && { multiattack: multiattack(ref) }),
    ...((ref.options || ref.attacks) && { options: options(ref) }),
    ...((ref.attack_bonus !== undefined || ref.dc) && facts.conditions.length > 0 && { imposes: facts.conditions as MonsterAbility['imposes'] }),
    ...(facts.escapeDc !== undefined && { escapeDc: facts.escapeDc }),
    ...(ref.spellcasting && { spellcasting: spellcasting(ref.spellcasting) }),
  };
}
