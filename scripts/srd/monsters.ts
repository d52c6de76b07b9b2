import { damageDefenses } from '@/lib/rulebooks/content/stat-block-lines';
import { ruleVocabulary } from '@/lib/rulebooks/rule-vocabulary';
import type { DamageDefense, Monster } from '@/lib/rules/srd/monster-schema';
import { ability, byId, dice, skill } from './common';
import { monsterAbility } from './monster-abilities';
import type { Ref, RefMonster } from './reference';

/** One reference defence ("bludgeoning, piercing, and slashing from nonmagical weapons that aren't silvered"), read as an imported stat block's is. */
export function damageDefense(text: string): DamageDefense {
  const read = damageDefenses(text, ruleVocabulary());
  if (read.length !== 1) throw new Error(`Unreadable damage defence "${text}"`);
  return read[0]!;
}

function feet(text: string | number | boolean | undefined): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d+) ft\./.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Language names, longest first so "Giant Eagle" is not read as "Giant". */
function languages(text: string, known: string[]): string[] {
  let rest = text;
  const found: Array<{ at: number; name: string }> = [];
  for (const name of [...known].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    const match = pattern.exec(rest);
    if (!match) continue;
    found.push({ at: match.index, name });
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** Languages and creature-speech names the stat blocks use beyond the SRD's language list. */
const otherLanguages = ['Blink Dog', 'Druidic', 'Giant Eagle', 'Giant Elk', 'Giant Owl', 'Gnoll', 'Otyugh', 'Sahuagin', 'Sphinx', "Thieves' cant", 'Winter Wolf', 'Worg', 'Aquan', 'Auran', 'Ignan', 'Terran'];

function monster(ref: RefMonster, knownLanguages: string[]): Monster {
  const swarm = /^swarm of (\w+) (\w+)$/.exec(ref.type);
  const proficiency = (prefix: string) =>
    ref.proficiencies.filter((p) => p.proficiency.index.startsWith(prefix)).map((p) => [p.proficiency.index.slice(prefix.length), p.value] as const);
  const blindsight = ref.senses.blindsight;
  return {
    id: ref.index,
    name: ref.name,
    size: ref.size.toLowerCase() as Monster['size'],
    type: (swarm ? swarm[2]!.replace(/s$/, '') : ref.type) as Monster['type'],
    subtype: ref.subtype ?? null,
    swarmOf: swarm ? (swarm[1]!.toLowerCase() as Monster['size']) : null,
    alignment: ref.alignment,
    armorClass: ref.armor_class.map((ac) => ({
      value: ac.value,
      kind: ac.type as Monster['armorClass'][number]['kind'],
      ...(ac.armor && { armor: ac.armor.map((a: Ref) => a.index) }),
      ...(ac.spell && { spell: ac.spell.index }),
      ...(ac.condition && { condition: ac.condition.index as never }),
    })),
    hitPoints: ref.hit_points,
    hitDice: dice(ref.hit_dice),
    hitPointsRoll: dice(ref.hit_points_roll),
    speed: {
      walk: feet(ref.speed.walk) ?? 0,
      ...Object.fromEntries((['fly', 'swim', 'climb', 'burrow'] as const).flatMap((k) => (feet(ref.speed[k]) === undefined ? [] : [[k, feet(ref.speed[k])]]))),
      hover: ref.speed.hover === true,
    },
    abilities: {
      str: ref.strength,
      dex: ref.dexterity,
      con: ref.constitution,
      int: ref.intelligence,
      wis: ref.wisdom,
      cha: ref.charisma,
    },
    savingThrows: Object.fromEntries(proficiency('saving-throw-').map(([a, v]) => [ability(a), v])),
    skills: Object.fromEntries(proficiency('skill-').map(([s, v]) => [skill(s), v])),
    damageVulnerabilities: ref.damage_vulnerabilities.map(damageDefense),
    damageResistances: ref.damage_resistances.map(damageDefense),
    damageImmunities: ref.damage_immunities.map(damageDefense),
    conditionImmunities: ref.condition_immunities.map((c) => c.index as Monster['conditionImmunities'][number]),
    senses: {
      ...Object.fromEntries((['darkvision', 'blindsight', 'tremorsense', 'truesight'] as const).flatMap((k) => (feet(ref.senses[k]) === undefined ? [] : [[k, feet(ref.senses[k])]]))),
      ...(typeof blindsight === 'string' && blindsight.includes('blind beyond') && { blindBeyond: true }),
      passivePerception: Number(ref.senses.passive_perception),
    },
    languages: languages(ref.languages, knownLanguages),
    telepathy: /telepathy (\d+) ft/.test(ref.languages) ? Number(/telepathy (\d+) ft/.exec(ref.languages)![1]) : null,
    challengeRating: ref.challenge_rating,
    xp: ref.xp,
    proficiencyBonus: ref.proficiency_bonus,
    traits: (ref.special_abilities ?? []).map(monsterAbility),
    actions: (ref.actions ?? []).map(monsterAbility),
    reactions: (ref.reactions ?? []).map(monsterAbility),
    legendaryActions: (ref.legendary_actions ?? []).map(monsterAbility),
    forms: (ref.forms ?? []).map((f) => f.index),
  };
}

export function buildMonsters(monsters: RefMonster[], languageList: Ref[]): Monster[] {
  const known = [...languageList.map((l) => l.name), ...otherLanguages];
  return byId(monsters.map((m) => monster(m, known)));
}
