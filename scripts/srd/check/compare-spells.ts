import type { Spell } from '@/lib/rules/srd/spell-schema';
import { squash, type Raw } from './read';
import { sorted, type Tally } from './tally';

const plural = (amount: number, unit: string) => `${amount} ${unit}${amount === 1 ? '' : 's'}`;

/** Our range as the reference writes it ("150 feet", "Self", "1 mile"). */
export function rangeText(range: Spell['range']): string {
  if (range.kind === 'feet') return `${range.amount} feet`;
  if (range.kind === 'miles') return plural(range.amount, 'mile');
  return range.kind[0]!.toUpperCase() + range.kind.slice(1);
}

export function durationText(spell: Spell): string {
  const d = spell.duration;
  const base = 'amount' in d ? plural(d.amount, d.kind.replace(/s$/, '')) : d.kind[0]!.toUpperCase() + d.kind.slice(1);
  return spell.concentration ? `Up to ${base}` : base;
}

/** Our casting time as the SRD writes it ("1 action", "10 minutes"). */
export function castingTimeText(spell: Spell): string {
  const { amount, unit } = spell.castingTime;
  return unit === 'action' || unit === 'bonus action' || unit === 'reaction' ? `${amount} ${unit}` : plural(amount, unit);
}

/** The reference's "{ '3': '8d6', ... }" as level → dice, modifiers spelled as the reference does. */
const table = (raw: Record<string, string> | undefined) =>
  Object.entries(raw ?? {})
    .map(([level, dice]) => [Number(level), squash(dice)] as const)
    .sort((a, b) => a[0] - b[0]);

const ourTable = (rows: Array<{ level: number; dice: string }> | undefined, addsModifier: boolean | undefined) =>
  (rows ?? []).map((r) => [r.level, addsModifier ? `${r.dice}+MOD` : r.dice] as const);

/** Every spell's mechanical fields against the reference, field by field. */
export function compareSpells(ours: readonly Spell[], reference: Raw[], tally: Tally): void {
  const byId = new Map(ours.map((s) => [s.id, s]));
  for (const ref of reference) {
    const spell = byId.get(ref.index);
    if (!spell) {
      tally.missing(`spell ${ref.index}`, 16);
      continue;
    }
    const check = (field: string, a: unknown, b: unknown) => tally.check(`spell ${ref.index}`, field, a, b);
    check('name', spell.name, ref.name);
    check('level', spell.level, ref.level);
    check('school', spell.school, ref.school.index);
    check('casting time', castingTimeText(spell), ref.casting_time);
    check('ritual', spell.ritual, ref.ritual);
    check('range', rangeText(spell.range), ref.range);
    check('components', [spell.components.verbal && 'V', spell.components.somatic && 'S', spell.components.material && 'M'].filter(Boolean), ref.components);
    check('duration', durationText(spell), ref.duration);
    check('concentration', spell.concentration, ref.concentration);
    check('classes', sorted(spell.classes), sorted(ref.classes.map((c: Raw) => c.index)));
    check('subclasses', sorted(spell.subclasses), sorted(ref.subclasses.map((c: Raw) => c.index)));
    check('attack', spell.attack, ref.attack_type ?? null);
    check('save ability', spell.save?.ability ?? null, ref.dc?.dc_type.index ?? null);
    check('save success', spell.save?.onSuccess ?? null, ref.dc?.dc_success ?? null);
    check('damage type', spell.damage?.type ?? null, ref.damage?.damage_type?.index ?? null);
    const refDamage = table(ref.damage?.damage_at_slot_level ?? ref.damage?.damage_at_character_level);
    const ourDamage = ourTable(spell.damage?.dice, spell.damage?.addsModifier);
    for (let i = 0; i < Math.max(refDamage.length, ourDamage.length); i++) check(`damage ${refDamage[i]?.[0] ?? ourDamage[i]?.[0]}`, ourDamage[i], refDamage[i]);
    const refHeal = table(ref.heal_at_slot_level);
    const ourHeal = ourTable(spell.healing?.dice, spell.healing?.addsModifier);
    for (let i = 0; i < Math.max(refHeal.length, ourHeal.length); i++) check(`healing ${refHeal[i]?.[0] ?? ourHeal[i]?.[0]}`, ourHeal[i], refHeal[i]);
    check('area', spell.area && [spell.area.shape, spell.area.size], ref.area_of_effect ? [ref.area_of_effect.type, ref.area_of_effect.size] : null);
  }
  for (const spell of ours) if (!reference.some((r) => r.index === spell.id)) tally.check(`spell ${spell.id}`, '(record)', 'present', null);
}
