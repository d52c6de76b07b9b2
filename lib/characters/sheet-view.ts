import 'server-only';
import { abilities, skills, type Ability, type Skill } from '@/lib/rules/abilities';
import { attackSource, type AttackProfile } from '@/lib/rules/attack-profile';
import { getBackground, getFeature, getSpell, getSubclass, xpForLevel } from '@/lib/rules/srd';
import type { Effect } from '@/lib/rules/sheet/effects';
import type { Coins } from '@/lib/rules/sheet/inventory';
import type { CharacterSheet } from '@/lib/rules/state';
import { saveMod, skillMod, spellcastingNumbers } from '@/lib/rules/stats';
import { equipmentName } from './equipment-options';
import { abilityLabels, modifierOf, skillAbilityOf, skillLabel } from './labels';
import { featureLines, itemLines, traitNames, type FeatureLine, type ItemLine } from './sheet-gear';
import { spellLines, type SpellLine } from './spell-lines';

export type AttackLine = { name: string; kind: 'melee' | 'ranged'; toHit: number; damage: string; reach: string; source: string };
export type SpellSlotLine = { level: number; max: number; remaining: number };

/**
 * A character sheet in words and numbers, ready to show: everything the
 * sheet page and the table's sheet need, worked out on the server so no SRD
 * data reaches the browser.
 */
export type SheetView = {
  id: string;
  name: string;
  persona: string;
  controller: 'human' | 'ai';
  ancestry: string;
  className: string;
  subclass: string | null;
  background: string;
  level: number;
  xp: number;
  /** XP the next level needs; null at level 20. */
  nextLevelXp: number | null;
  proficiencyBonus: number;
  ac: number;
  speed: number;
  initiative: number;
  passivePerception: number;
  hp: number;
  maxHp: number;
  tempHp: number;
  hitDice: { die: string; total: number; left: number };
  conditions: string[];
  abilities: Array<{ ability: Ability; label: string; score: number; modifier: number; save: number; saveProficient: boolean }>;
  skills: Array<{ skill: Skill; label: string; ability: Ability; bonus: number; mark: 'expertise' | 'proficient' | null }>;
  attacks: AttackLine[];
  spellcasting: {
    ability: string;
    saveDc: number;
    attackBonus: number;
    preparation: 'prepared' | 'known' | 'spellbook' | null;
    slots: SpellSlotLine[];
    cantrips: SpellLine[];
    /** Spells known (or in the spellbook, or the class list's prepared ones), each marked prepared and always-prepared. */
    spells: Array<SpellLine & { prepared: boolean; always: boolean }>;
    concentration: string | null;
  } | null;
  features: FeatureLine[];
  traits: string[];
  inventory: ItemLine[];
  /** Pounds carried, of what the SRD weighs. */
  carried: number;
  coins: Coins;
  training: string[];
  effects: string[];
};

/** What an effect on the character is called: its spell, item or feature. */
function effectName(effect: Effect): string {
  const { kind, id } = effect.source;
  if (kind === 'spell') return getSpell(id)?.name ?? id;
  if (kind === 'item') return equipmentName(id);
  if (kind === 'feature') return getFeature(id)?.name ?? id;
  return id.replace(/-/g, ' ');
}

function damageText(a: AttackProfile): string {
  return [a.damage, ...a.extraDamage].map((d) => `${d.dice} ${d.type}`).join(' + ');
}

function sourceText(a: AttackProfile): string {
  const source = attackSource(a);
  if (source.kind === 'spell') return getSpell(source.spellId)?.name === a.name ? 'cantrip' : `${getSpell(source.spellId)?.name ?? source.spellId}, a cantrip`;
  if (source.kind === 'weapon') return 'weapon';
  return source.kind === 'natural' ? 'body' : source.name;
}

function attackLine(a: AttackProfile): AttackLine {
  const reach = a.range ? `${a.range.normal}/${a.range.long} ft` : `${a.reach} ft`;
  return { name: a.name, kind: a.kind, toHit: a.toHit, damage: damageText(a), reach, source: sourceText(a) };
}

function spellcasting(sheet: CharacterSheet): SheetView['spellcasting'] {
  const numbers = spellcastingNumbers(sheet);
  if (!sheet.spellcasting || !numbers) return null;
  const { preparation, alwaysPrepared } = sheet.spellLimits;
  const { cantrips, known, prepared } = sheet.spells;
  const listed = [...new Set([...alwaysPrepared, ...(preparation === 'prepared' ? prepared : known)])];
  return {
    ability: abilityLabels[sheet.spellcasting.ability],
    ...numbers,
    preparation,
    slots: sheet.spellSlots.map(({ level, max, remaining }) => ({ level, max, remaining })),
    cantrips: spellLines([...cantrips, ...(sheet.build.ancestry.cantrip ? [sheet.build.ancestry.cantrip] : [])]),
    spells: spellLines(listed)
      .map((line) => ({ ...line, always: alwaysPrepared.includes(line.id), prepared: preparation === 'known' || alwaysPrepared.includes(line.id) || prepared.includes(line.id) }))
      .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name)),
    concentration: sheet.concentration ? (getSpell(sheet.concentration.spell)?.name ?? sheet.concentration.spell) : null,
  };
}

export function sheetView(sheet: CharacterSheet): SheetView {
  const inventory = itemLines(sheet);
  return {
    id: sheet.id,
    name: sheet.name,
    persona: sheet.persona,
    controller: sheet.controller,
    ancestry: sheet.ancestry,
    className: sheet.className,
    subclass: sheet.build.class.subclass ? (getSubclass(sheet.build.class.subclass)?.name ?? null) : null,
    background: getBackground(sheet.build.background.id)?.name ?? sheet.build.background.id,
    level: sheet.level,
    xp: sheet.xp,
    nextLevelXp: sheet.level < 20 ? xpForLevel(sheet.level + 1) : null,
    proficiencyBonus: sheet.proficiencyBonus,
    ac: sheet.ac,
    speed: sheet.speed,
    initiative: modifierOf(sheet.abilities.dex),
    passivePerception: 10 + skillMod(sheet, 'perception'),
    hp: sheet.hp,
    maxHp: sheet.maxHp,
    tempHp: sheet.tempHp,
    hitDice: { die: sheet.hitDie, total: sheet.level, left: sheet.level - sheet.hitDiceSpent },
    conditions: [...sheet.conditions, ...(sheet.exhaustion ? [`exhaustion ${sheet.exhaustion}`] : []), ...(sheet.dead ? ['dead'] : [])],
    abilities: abilities.map((ability) => ({
      ability,
      label: abilityLabels[ability],
      score: sheet.abilities[ability],
      modifier: modifierOf(sheet.abilities[ability]),
      save: saveMod(sheet, ability),
      saveProficient: sheet.saveProficiencies.includes(ability),
    })),
    skills: skills.map((skill) => ({
      skill,
      label: skillLabel(skill),
      ability: skillAbilityOf(skill),
      bonus: skillMod(sheet, skill),
      mark: sheet.expertise.includes(skill) ? 'expertise' : sheet.proficiencies.includes(skill) ? 'proficient' : null,
    })),
    attacks: sheet.attacks.map(attackLine),
    spellcasting: spellcasting(sheet),
    features: featureLines(sheet),
    traits: traitNames(sheet),
    inventory,
    carried: Math.round(inventory.reduce((sum, i) => sum + (i.weight ?? 0), 0) * 10) / 10,
    coins: sheet.coins,
    training: [
      ...sheet.training.armor.map((a) => (a === 'shield' ? 'shields' : `${a} armour`)),
      ...sheet.training.weapons.map((w) => (w === 'simple' || w === 'martial' ? `${w} weapons` : equipmentName(w))),
      ...sheet.training.tools.map(equipmentName),
    ],
    effects: sheet.effects.map(effectName),
  };
}
