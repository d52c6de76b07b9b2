// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { Usage } from '@/lib/rules/srd/common';
import type { MonsterAbility } from '@/lib/rules/srd/monster-schema';
import { abilityNamed, abilityWords, slugOf } from './text.ts';

type Spellcasting = NonNullable<MonsterAbility['spellcasting']>;

/** "Cantrips (at will):", "1st level (4 slots):", "At will:", "3/day each:". */
const groupLabel = /(Cantrips \(at will\)|(\d)(?:st|nd|rd|th) level \((\d+) slots?\)|At will|(\d+)\/day(?: each)?)\s*:/gi;

function spellNames(list: string): string[] {
  return list
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((name) => name.replace(/[*\u2020]/g, '').trim())
    .filter((name) => /^[\p{L}'’ /-]{3,60}$/u.test(name));
}

/**
 * A Spellcasting or Innate Spellcasting trait: the ability it casts with,
 * its save DC and attack bonus, its caster level and class list, the
 * components it needs, its slots, and its spells with how often each may be
 * cast. A spell's level comes from its slot line, else from `spellLevels`
 * (the book's own spells, by id); a spell of no known level is left to the
 * trait's text. Undefined when the text names no spellcasting ability.
 */
export function monsterSpellcasting(text: string, spellLevels: ReadonlyMap<string, number>): Spellcasting | undefined {
  const ability = new RegExp(`spellcasting ability is (${abilityWords})`, 'i').exec(text);
  if (!ability) return undefined;
  const dc = /spell save DC (\d+)/i.exec(text);
  const bonus = /([+-]\d+) to hit with spell attacks/i.exec(text);
  const level = /(\d+)(?:st|nd|rd|th)-level spellcaster/i.exec(text);
  const list = /following (\w+) spells/i.exec(text);
  const components: Spellcasting['components'] = /requiring no material components/i.test(text)
    ? ['V', 'S']
    : /requiring only verbal components/i.test(text)
      ? ['V']
      : ['V', 'S', 'M'];
  const slots: Spellcasting['slots'] = [];
  const spells: Spellcasting['spells'] = [];
  const labels = [...text.matchAll(groupLabel)];
  labels.forEach((label, i) => {
    const names = spellNames(text.slice(label.index + label[0].length, labels[i + 1]?.index ?? text.length));
    const slotLevel = label[2] ? Number(label[2]) : label[1]!.toLowerCase().startsWith('cantrips') ? 0 : null;
    if (label[2]) slots.push({ level: Number(label[2]), count: Number(label[3]) });
    const usage: Usage | undefined = label[4] ? { kind: 'per day', times: Number(label[4]) } : /^at will$/i.test(label[1]!) ? { kind: 'at will' } : undefined;
    for (const name of names) {
      const id = slugOf(name);
      const level = slotLevel ?? spellLevels.get(id);
      if (level !== undefined) spells.push({ id, level, ...(usage && { usage }) });
    }
  });
  return {
    ability: abilityNamed(ability[1]!)!,
    ...(dc && { dc: Number(dc[1]) }),
    ...(bonus && { attackBonus: Number(bonus[1]) }),
    ...(level && { casterLevel: Number(level[1]) }),
    ...(list && list[1]!.toLowerCase() !== 'innate' && { list: list[1]!.toLowerCase() }),
    components,
    slots,
    spells,
  };
}
