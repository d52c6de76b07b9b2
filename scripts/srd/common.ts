import type { Ability, Skill } from '@/lib/rules/abilities';
import type { Cost, Save } from '@/lib/rules/srd/common';
import type { Choice, Dc, Option, Usage as RefUsage } from './reference';
import type { Usage } from '@/lib/rules/srd/common';

/** Dice without spaces, as the engine's roller reads them: "2d6 + 5" → "2d6+5". */
export function dice(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Dice that may end in "+ MOD" (the caster's modifier): the dice alone, and whether it was there. */
export function diceWithModifier(text: string): { dice: string; addsModifier: boolean } {
  const addsModifier = /\+\s*MOD$/.test(text);
  return { dice: dice(text.replace(/\+\s*MOD$/, '')), addsModifier };
}

/** A level table from the reference's `{ "3": "8d6", ... }`, sorted by level. */
export function levelTable(table: Record<string, string>): Array<{ level: number; dice: string }> {
  return Object.entries(table)
    .map(([level, value]) => ({ level: Number(level), dice: diceWithModifier(value).dice }))
    .sort((a, b) => a.level - b.level);
}

export function ability(index: string): Ability {
  const known = ['str', 'dex', 'con', 'int', 'wis', 'cha'];
  if (!known.includes(index)) throw new Error(`Unknown ability "${index}"`);
  return index as Ability;
}

/** "skill-animal-handling" or "Animal Handling" → "animalHandling", the engine's skill names. */
export function skill(indexOrName: string): Skill {
  const words = indexOrName.replace(/^skill-/, '').toLowerCase().split(/[-\s]+/);
  return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('') as Skill;
}

export function cost(ref: { quantity: number; unit: string }): Cost {
  return { amount: ref.quantity, unit: ref.unit as Cost['unit'] };
}

/** A reference DC: ability, fixed DC where given, and what a success does. */
export function save(dc: Dc): Save {
  const success = dc.success_type ?? dc.dc_success ?? 'none';
  const onSuccess = success === 'half' ? 'half' : success === 'other' ? 'other' : 'none';
  return { ability: ability(dc.dc_type.index), ...(dc.dc_value !== undefined && { dc: dc.dc_value }), onSuccess };
}

export function usage(ref: RefUsage): Usage {
  switch (ref.type) {
    case 'at will':
      return { kind: 'at will' };
    case 'per day':
      return { kind: 'per day', times: ref.times ?? 1 };
    case 'recharge on roll':
      return { kind: 'recharge', min: ref.min_value ?? 6 };
    case 'recharge after rest':
      return { kind: 'per rest', times: 1, rests: (ref.rest_types ?? ['long']) as Array<'short' | 'long'> };
    case 'per rest':
      return { kind: 'per rest', times: ref.times ?? 1, rests: ['short', 'long'] };
    default:
      throw new Error(`Unknown usage "${ref.type}"`);
  }
}

/** The reference indexes a choice offers, flattening nested choices into one list. */
export function choiceIndexes(choice: Choice): string[] {
  const walk = (option: Option | string): string[] => {
    if (typeof option === 'string') return [option];
    if (option.item) return [option.item.index];
    if (option.of) return [option.of.index];
    if (option.choice) return choiceIndexes(option.choice);
    if (option.items) return option.items.flatMap(walk);
    if (option.string) return [option.string];
    return [];
  };
  return ((choice.from.options ?? []) as Array<Option | string>).flatMap(walk);
}

/** A reference index as a kebab-case id: a few have runs of hyphens ("dragon-ancestor-black---acid-damage"). */
export function kebab(index: string): string {
  return index.replace(/-{2,}/g, '-');
}

/** The id at the end of a reference url ("/api/2014/spells/fire-bolt" → "fire-bolt"). */
export function idFromUrl(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/**
 * JSON with object keys sorted at every depth, two-space indented and
 * ending in a newline, so the same data always writes the same bytes.
 * Array order is kept: it carries meaning (multiattack steps, level tables).
 */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

export function byId<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
