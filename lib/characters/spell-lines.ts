import { getSpell, spellEffect, type Spell } from '@/lib/rules/srd';

/** Whom a spell is cast at, for the table's target chooser. */
export type SpellAim = 'foe' | 'ally' | 'self' | 'area' | 'any';

/** A spell as the builder and the sheet show it: facts from the SRD data, in words. */
export type SpellLine = {
  id: string;
  name: string;
  level: number;
  school: string;
  concentration: boolean;
  ritual: boolean;
  castingTime: string;
  range: string;
  /** What it does in a few words: "3d4+1 force, 3 darts", "heals 1d8 + mod", "Wis save". */
  summary: string;
  aim: SpellAim;
};

function castingTime(spell: Spell): string {
  const { amount, unit } = spell.castingTime;
  return amount === 1 ? `1 ${unit}` : `${amount} ${unit}s`;
}

function range(spell: Spell): string {
  const r = spell.range;
  if (r.kind === 'feet') return `${r.amount} ft`;
  if (r.kind === 'miles') return `${r.amount} mile${r.amount === 1 ? '' : 's'}`;
  return r.kind;
}

function summary(spell: Spell): string {
  const parts: string[] = [];
  const effect = spellEffect(spell.id);
  const damage = spell.damage?.dice[0];
  if (effect?.each) parts.push(`${effect.each.dice} ${effect.each.type} each`);
  else if (damage) parts.push(`${damage.dice}${spell.damage!.addsModifier ? ' + mod' : ''}${spell.damage!.type ? ` ${spell.damage!.type}` : ''}`);
  const healing = spell.healing?.dice[0];
  if (healing) parts.push(`heals ${healing.dice}${spell.healing!.addsModifier ? ' + mod' : ''}`);
  if (spell.attack) parts.push(`${spell.attack} spell attack`);
  if (spell.save) parts.push(`${spell.save.ability.toUpperCase()} save`);
  if (spell.area) parts.push(`${spell.area.size}-ft ${spell.area.shape}`);
  const count = effect?.targets.count;
  if (typeof count === 'number' && count > 1) parts.push(`${count} ${effect!.targets.unit ?? 'creature'}s`);
  return parts.join(', ');
}

/** Healing and buffs go to allies, damage and conditions to foes; spells on the caster alone need no target. */
function aim(spell: Spell): SpellAim {
  const effect = spellEffect(spell.id);
  if (spell.healing) return 'ally';
  if (spell.damage || spell.attack || (spell.save && spell.save.onSuccess !== 'other')) return spell.area && spell.range.kind === 'self' ? 'area' : 'foe';
  if (effect?.targets?.count === 'self' || spell.range.kind === 'self') return 'self';
  if (effect?.effects.some((p) => p.kind === 'condition')) return 'foe';
  if (effect?.effects.some((p) => ['roll bonus', 'ac bonus', 'temporary hit points', 'save bonus', 'hit point maximum', 'resistance'].includes(p.kind))) {
    return effect.effects.some((p) => p.kind === 'roll bonus' && p.sign === -1) ? 'foe' : 'ally';
  }
  return 'any';
}

export function spellLine(spell: Spell): SpellLine {
  return {
    id: spell.id,
    name: spell.name,
    level: spell.level,
    school: spell.school,
    concentration: spell.concentration,
    ritual: spell.ritual,
    castingTime: castingTime(spell),
    range: range(spell),
    summary: summary(spell),
    aim: aim(spell),
  };
}

/** Spell lines for ids, skipping ids the SRD does not have. */
export function spellLines(ids: readonly string[]): SpellLine[] {
  return ids.flatMap((id) => {
    const spell = getSpell(id);
    return spell ? [spellLine(spell)] : [];
  });
}
