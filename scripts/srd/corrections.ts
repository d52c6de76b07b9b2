import type { Monster, MonsterAbility } from '@/lib/rules/srd/monster-schema';
import type { Spell } from '@/lib/rules/srd/spell-schema';

/**
 * Places where the reference files disagree with the SRD 5.1 PDF, which is
 * right. Each was found by the eval's PDF cross-check (or by reading the
 * stat block), is applied after building, and is named by record and field
 * so the eval can tell these deliberate departures from mistakes.
 */
export type Correction =
  | { kind: 'spell'; record: string; field: string; why: string; apply: (spell: Spell) => void }
  | { kind: 'monster'; record: string; field: string; why: string; apply: (monster: Monster) => void };

const monsterFix = (id: string, field: string, why: string, apply: (monster: Monster) => void): Correction => ({ kind: 'monster', record: `monster ${id}`, field, why, apply });
const spellFix = (id: string, field: string, why: string, apply: (spell: Spell) => void): Correction => ({ kind: 'spell', record: `spell ${id}`, field, why, apply });

function action(monster: Monster, name: string): MonsterAbility {
  const found = [...monster.actions, ...monster.legendaryActions].find((a) => a.name === name);
  if (!found) throw new Error(`${monster.id} has no action "${name}" to correct`);
  return found;
}

const halfOnSave = (id: string, name: string) =>
  monsterFix(id, `${name}: save success`, 'the SRD PDF gives half damage on a successful save', (m) => {
    action(m, name).save!.onSuccess = 'half';
  });

const school = (id: string, value: Spell['school']) =>
  spellFix(id, 'school', `the SRD PDF lists it as ${value}`, (spell) => {
    spell.school = value;
  });

const xp = (id: string, value: number, challenge: string) =>
  monsterFix(id, 'xp', `the SRD PDF gives Challenge ${challenge} (${value} XP)`, (m) => {
    m.xp = value;
  });

const attackBonus = (id: string, name: string, value: number) =>
  monsterFix(id, `${name}: attack bonus`, `the SRD PDF prints +${value} to hit`, (m) => {
    action(m, name).attack!.bonus = value;
  });

const passivePerception = (id: string, value: number) =>
  monsterFix(id, 'passive perception', `the SRD PDF gives passive Perception ${value}`, (m) => {
    m.senses.passivePerception = value;
  });

/** The reference splits "natural armor, shield" into a natural AC without the shield and an AC with it; the stat block has one AC. */
const naturalArmorAndShield = (id: string) =>
  monsterFix(id, 'armor class', 'the SRD PDF gives one AC, natural armour and shield together', (m) => {
    const withShield = m.armorClass.find((ac) => ac.armor?.includes('shield'))!;
    m.armorClass = [{ value: withShield.value, kind: 'natural', armor: ['shield'] }];
  });

export const corrections: Correction[] = [
  halfOnSave('adult-red-dragon', 'Fire Breath'),
  halfOnSave('ancient-white-dragon', 'Cold Breath'),
  halfOnSave('green-dragon-wyrmling', 'Poison Breath'),
  halfOnSave('lich', 'Disrupt Life'),
  halfOnSave('winter-wolf', 'Cold Breath'),
  school('mass-cure-wounds', 'evocation'),
  school('mass-heal', 'evocation'),
  school('revivify', 'necromancy'),
  xp('brass-dragon-wyrmling', 200, '1'),
  xp('dretch', 50, '1/4'),
  xp('riding-horse', 50, '1/4'),
  xp('deep-gnome-svirfneblin', 100, '1/2'),
  attackBonus('kraken', 'Bite', 17),
  attackBonus('kraken', 'Tentacle', 17),
  attackBonus('gynosphinx', 'Claw', 8),
  passivePerception('blink-dog', 13),
  passivePerception('spider', 10),
  naturalArmorAndShield('azer'),
  naturalArmorAndShield('lizardfolk'),
  monsterFix('basilisk', 'armor class', 'the SRD PDF gives Armor Class 15 (natural armor)', (m) => {
    m.armorClass[0]!.value = 15;
  }),
  monsterFix('cult-fanatic', 'hit points', 'the SRD PDF gives Hit Points 33 (6d8 + 6)', (m) => {
    m.hitPoints = 33;
    m.hitPointsRoll = '6d8+6';
  }),
];

export function correctionsFor(record: string): Correction[] {
  return corrections.filter((c) => c.record === record);
}

function apply<T extends { id: string }>(kind: Correction['kind'], records: T[], run: (correction: Correction, record: T) => void): T[] {
  for (const correction of corrections.filter((c) => c.kind === kind)) {
    const record = records.find((r) => `${kind} ${r.id}` === correction.record);
    if (!record) throw new Error(`No ${correction.record} to correct`);
    run(correction, record);
  }
  return records;
}

/** Applies the spell corrections; a correction whose record is gone is an error. */
export const correctSpells = (spells: Spell[]) => apply('spell', spells, (c, s) => c.kind === 'spell' && c.apply(s));
export const correctMonsters = (monsters: Monster[]) => apply('monster', monsters, (c, m) => c.kind === 'monster' && c.apply(m));
