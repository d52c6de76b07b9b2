import type { DamageEntry, Monster, MonsterAbility } from '@/lib/rules/srd/monster-schema';
import { feetOf, squash, type Raw } from './read';
import { sorted, type Tally } from './tally';

const abilityKeys = [
  ['str', 'strength'],
  ['dex', 'dexterity'],
  ['con', 'constitution'],
  ['int', 'intelligence'],
  ['wis', 'wisdom'],
  ['cha', 'charisma'],
] as const;

/** Our damage entries flattened to "dice type" strings, alternatives joined with " or ". */
function ourDamage(entries: DamageEntry[] | undefined): string[] {
  return (entries ?? []).map((e) => ('oneOf' in e ? e.oneOf.map((o) => `${o.dice} ${o.type}`).join(' or ') : `${e.dice} ${e.type}`));
}

function refDamage(entries: Raw[] | undefined): string[] {
  return (entries ?? []).map((e: Raw) =>
    e.choose ? e.from.options.map((o: Raw) => `${squash(o.damage_dice)} ${o.damage_type.index}`).join(' or ') : `${squash(e.damage_dice)} ${e.damage_type.index}`,
  );
}

/** A damage defence string's types and nonmagical qualifier, read afresh. */
function defence(text: string): string {
  const types = (text.match(/\b(acid|bludgeoning|cold|fire|force|lightning|necrotic|piercing|poison|psychic|radiant|slashing|thunder)\b/g) ?? []).sort();
  const scope = /spells/.test(text) ? 'spells' : /nonmagical/.test(text) ? 'nonmagical' : 'all';
  const metal = /silvered/.test(text) ? ' unless silvered' : /adamantine/.test(text) ? ' unless adamantine' : '';
  return scope === 'spells' ? 'all types from spells' : `${types.join(',')} ${scope}${metal}`;
}

function ourDefence(d: Monster['damageImmunities'][number]): string {
  if (d.only === 'spells') return 'all types from spells';
  return `${sorted(d.types).join(',')} ${d.nonmagical ? 'nonmagical' : 'all'}${d.except ? ` unless ${d.except}` : ''}`;
}

function compareAbility(record: string, name: string, ours: MonsterAbility | undefined, ref: Raw, tally: Tally): void {
  const check = (field: string, a: unknown, b: unknown) => tally.check(record, `${name}: ${field}`, a, b);
  check('present', Boolean(ours), true);
  if (!ours) return;
  if (ref.attack_bonus !== undefined) check('attack bonus', ours.attack?.bonus, ref.attack_bonus);
  const attack = /^(Melee or Ranged|Melee|Ranged) (Weapon|Spell) Attack/.exec(ref.desc ?? '');
  if (ref.attack_bonus !== undefined && attack) {
    check('attack kind', ours.attack?.kind, attack[1]!.toLowerCase());
    const reach = /reach (\d+) ft/.exec(ref.desc);
    const range = /range (\d+)\/(\d+) ft/.exec(ref.desc);
    if (reach) check('reach', ours.attack?.reach, Number(reach[1]));
    if (range) check('range', [ours.attack?.range?.normal, ours.attack?.range?.long], [Number(range[1]), Number(range[2])]);
  }
  if (ref.dc) {
    check('save', [ours.save?.ability, ours.save?.dc], [ref.dc.dc_type.index, ref.dc.dc_value]);
    check('save success', ours.save?.onSuccess, ref.dc.success_type);
  }
  if (ref.damage) check('damage', ourDamage(ours.damage), refDamage(ref.damage));
  if (ref.usage?.type === 'recharge on roll') check('recharge', ours.usage, { kind: 'recharge', min: ref.usage.min_value });
  if (ref.usage?.type === 'per day') check('per day', ours.usage, { kind: 'per day', times: ref.usage.times });
  if (ref.actions) {
    const steps = ref.actions.map((a: Raw) => `${a.action_name}×${typeof a.count === 'number' ? a.count : 'varies'}`);
    check('multiattack', ours.multiattack?.[0]?.map((s) => `${s.action}×${typeof s.count === 'number' ? s.count : 'varies'}`), steps);
  }
}

function compareAbilities(record: string, ours: MonsterAbility[], refs: Raw[] | undefined, tally: Tally): void {
  for (const ref of refs ?? []) {
    const name = String(ref.name).replace(/\s*\(Costs \d Actions\)$/, '');
    compareAbility(record, name, ours.find((a) => a.name === name), ref, tally);
  }
}

/** Every monster's stat block against the reference, field by field. */
export function compareMonsters(ours: readonly Monster[], reference: Raw[], tally: Tally): void {
  const byId = new Map(ours.map((m) => [m.id, m]));
  for (const ref of reference) {
    const record = `monster ${ref.index}`;
    const m = byId.get(ref.index);
    if (!m) {
      tally.missing(record, 30);
      continue;
    }
    const check = (field: string, a: unknown, b: unknown) => tally.check(record, field, a, b);
    check('name', m.name, ref.name);
    check('size', m.size, String(ref.size).toLowerCase());
    check('type', m.swarmOf ? `swarm of ${m.swarmOf[0]!.toUpperCase()}${m.swarmOf.slice(1)} ${m.type}s` : m.type, ref.type);
    check('subtype', m.subtype, ref.subtype ?? null);
    check('alignment', m.alignment, ref.alignment);
    check('armor class', m.armorClass.map((ac) => [ac.value, ac.kind]), ref.armor_class.map((ac: Raw) => [ac.value, ac.type]));
    check('hit points', m.hitPoints, ref.hit_points);
    check('hit dice', m.hitDice, squash(ref.hit_dice));
    check('hit points roll', m.hitPointsRoll, squash(ref.hit_points_roll));
    for (const kind of ['walk', 'fly', 'swim', 'climb', 'burrow'] as const) {
      // A creature with no walking speed listed walks 0 feet; ours always states it.
      const reference = kind === 'walk' ? (feetOf(ref.speed.walk) ?? 0) : feetOf(ref.speed[kind]);
      if (ref.speed[kind] !== undefined || m.speed[kind] !== undefined) check(`speed ${kind}`, m.speed[kind] ?? null, reference);
    }
    check('hover', m.speed.hover, ref.speed.hover === true);
    for (const [short, long] of abilityKeys) check(short, m.abilities[short], ref[long]);
    for (const p of ref.proficiencies) {
      const index: string = p.proficiency.index;
      const save = /^saving-throw-(\w+)$/.exec(index);
      const skill = /^skill-(.+)$/.exec(index);
      if (save) check(`save ${save[1]}`, m.savingThrows[save[1] as 'str'], p.value);
      if (skill) check(`skill ${skill[1]}`, Object.entries(m.skills).find(([k]) => k.toLowerCase() === skill[1]!.replace(/-/g, ''))?.[1], p.value);
    }
    check('vulnerabilities', m.damageVulnerabilities.map(ourDefence), ref.damage_vulnerabilities.map(defence));
    check('resistances', m.damageResistances.map(ourDefence), ref.damage_resistances.map(defence));
    check('immunities', m.damageImmunities.map(ourDefence), ref.damage_immunities.map(defence));
    check('condition immunities', sorted(m.conditionImmunities), sorted(ref.condition_immunities.map((c: Raw) => c.index)));
    for (const sense of ['darkvision', 'blindsight', 'tremorsense', 'truesight'] as const) {
      if (ref.senses[sense] !== undefined || m.senses[sense] !== undefined) check(sense, m.senses[sense] ?? null, feetOf(ref.senses[sense]));
    }
    check('passive perception', m.senses.passivePerception, ref.senses.passive_perception);
    check('languages', m.languages.every((l) => String(ref.languages).toLowerCase().includes(l.toLowerCase())), true);
    check('challenge rating', m.challengeRating, ref.challenge_rating);
    check('xp', m.xp, ref.xp);
    check('proficiency bonus', m.proficiencyBonus, ref.proficiency_bonus);
    check('traits', m.traits.map((t) => t.name), (ref.special_abilities ?? []).map((t: Raw) => t.name));
    compareAbilities(record, m.actions, ref.actions, tally);
    compareAbilities(record, m.reactions, ref.reactions, tally);
    compareAbilities(record, m.legendaryActions, ref.legendary_actions, tally);
  }
}
