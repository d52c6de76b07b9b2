// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { Area } from '@/lib/rules/srd/common';
import type { Spell, SpellSchool } from '@/lib/rules/srd/spell-schema';
import type { ContentContext, Parsed } from './context.ts';
import { spellHeader } from '../entry-headers.ts';
import type { FoundEntry } from './entries.ts';
import type { ParsedSpell } from './schema.ts';
import { spellDamage, spellHealing } from './spell-dice.ts';
import { abilityNamed, abilityWords, plainText, slugOf } from './text.ts';

const schools = new Set(['abjuration', 'conjuration', 'divination', 'enchantment', 'evocation', 'illusion', 'necromancy', 'transmutation']);

const labelPattern = /\b(Classes?|Casting Time|Range|Components?|Duration):\s*/g;
/** Books print "Class:" and "Component:" too. */
const labelOf = (printed: string) => ({ Class: 'Classes', Component: 'Components' })[printed] ?? printed;

/** Each label's value, up to the next label; Duration runs to the end (where the description follows it). */
function labelled(text: string): Partial<Record<string, string>> & { durationAt?: number } {
  const found = [...text.matchAll(labelPattern)];
  const values: Partial<Record<string, string>> & { durationAt?: number } = {};
  found.forEach((match, i) => {
    const label = labelOf(match[1]!);
    if (values[label] !== undefined) return;
    const start = match.index + match[0].length;
    values[label] = text.slice(start, found[i + 1]?.index ?? text.length);
    if (label === 'Duration') values.durationAt = start;
  });
  return values;
}

function castingTime(text: string | undefined): Spell['castingTime'] | null {
  // Newer books print "Action" or "Bonus Action" without the count.
  const match = /^(?:(\d+) )?(bonus action|action|reaction|minute|hour)s?\b/i.exec(text?.trim() ?? '');
  return match ? { amount: Number(match[1] ?? 1), unit: match[2]!.toLowerCase() as Spell['castingTime']['unit'] } : null;
}

function range(text: string | undefined): Spell['range'] | null {
  const value = oneLine(text).toLowerCase();
  const named = /^(self|touch|sight|unlimited|special)\b/.exec(value);
  if (named) return { kind: named[1] as 'self' };
  const distance = /^(\d[\d,]*) (feet|foot|miles?)\b/.exec(value);
  if (!distance) return null;
  return { kind: distance[2]!.startsWith('mile') ? 'miles' : 'feet', amount: Number(distance[1]!.replace(/,/g, '')) };
}

function components(text: string | undefined): { components: Spell['components']; material: string | null } | null {
  const value = oneLine(text);
  const letters = /^([VSM](?:\s*,\s*[VSM])*)/.exec(value);
  if (!letters) return null;
  const has = (c: string) => letters[1]!.includes(c);
  const material = has('M') ? (/\(([^)]*(?:\([^)]*\)[^)]*)*)\)/.exec(value)?.[1] ?? null) : null;
  const prices = [...(material ?? '').matchAll(/(\d[\d,]*)\s*gp/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
  return {
    components: {
      verbal: has('V'),
      somatic: has('S'),
      material: has('M') ? { costGp: prices.length ? Math.max(...prices) : null, consumed: /consume/i.test(material ?? '') } : null,
    },
    material,
  };
}

const durationPattern = /^(Concentration,? )?(?:up to )?(Instantaneous|Until dispelled(?: or triggered)?|Special|(\d+) (round|minute|hour|day)s?)/i;

/** The duration at the start of its value, and where the description after it starts. */
function duration(text: string): { duration: Spell['duration']; concentration: boolean; length: number } | null {
  const match = durationPattern.exec(text);
  if (!match) return null;
  const unit = match[4]?.toLowerCase();
  const kind = match[2]!.toLowerCase();
  const parsed: Spell['duration'] = unit
    ? { kind: `${unit}s` as 'rounds', amount: Number(match[3]) }
    : { kind: kind.startsWith('until') ? 'until dispelled' : (kind as 'instantaneous') };
  return { duration: parsed, concentration: Boolean(match[1]), length: match[0].length };
}

function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const areaPattern = /(\d+)-foot[- ](?:radius[- ])?(?:, \d+-foot-(?:high|tall) )?(sphere|cube|cone|line|cylinder)\b/gi;

/** The area a spell covers, the first its range or text states; a size limit ("no larger than a 5-foot cube") is no area. */
function spellArea(text: string): Area | null {
  for (const match of text.matchAll(areaPattern)) {
    if (/no larger than (?:a |an )?$/i.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    return { shape: match[2]!.toLowerCase() as Area['shape'], size: Number(match[1]) };
  }
  return null;
}

const higherLabel = /(?:^|\n|(?<=[.!?] ))(?:At Higher Levels|Using a Higher-Level Spell Slot|Cantrip Upgrade)\.\s*/;

/**
 * A spell entry read from its lines: the level and school line (or
 * cantrip), Casting Time, Range, Components, Duration (with concentration),
 * a ritual tag, classes where the book states them, then the description
 * with the damage, healing, save, attack and area it states and its "At
 * Higher Levels" text.
 */
export function parseSpellEntry(entry: FoundEntry, { vocabulary }: ContentContext): Parsed<ParsedSpell> {
  const header = spellHeader.exec(entry.lines[0] ?? '');
  if (!header) return { ok: false, reason: 'no level and school line' };
  const level = Number(header[1] ?? header[4] ?? 0);
  const school = (header[2] ?? header[3] ?? header[5])!.toLowerCase();
  if (!schools.has(school)) return { ok: false, reason: `unknown school "${school}"` };
  const text = plainText(entry.lines.slice(1).join('\n'));
  const values = labelled(text);
  const time = castingTime(values['Casting Time']);
  const reach = range(values.Range);
  const parts = components(values.Components);
  const lasting = values.durationAt === undefined ? null : duration(text.slice(values.durationAt));
  const missing = [!time && 'Casting Time', !reach && 'Range', !parts && 'Components', !lasting && 'Duration'].filter(Boolean);
  if (!time || !reach || !parts || !lasting) return { ok: false, reason: `could not read ${missing.join(', ')}` };
  const rest = text.slice(values.durationAt! + lasting.length).replace(/^[\s.]+/, '');
  const higherAt = higherLabel.exec(rest);
  const description = (higherAt ? rest.slice(0, higherAt.index) : rest).replace(/([^\n])\n(?!\n)/g, '$1 ').trim();
  const higherLevels = higherAt ? oneLine(rest.slice(higherAt.index + higherAt[0].length)) : null;
  if (!description) return { ok: false, reason: 'no description' };
  const save = new RegExp(`(${abilityWords}) saving throw`).exec(description);
  const attack = /\b(melee|ranged) spell attack/i.exec(description);
  const stated = header[6]?.split(/\s*[,;]\s*/) ?? [];
  const classes = [...stated.filter((c) => !/ritual/i.test(c)), ...(values.Classes?.split(',') ?? [])].map((c) => slugOf(oneLine(c))).filter(Boolean);
  return {
    ok: true,
    value: {
      id: slugOf(entry.name),
      name: entry.name,
      page: entry.page,
      level,
      school: school as SpellSchool,
      castingTime: time,
      ritual: stated.some((c) => /ritual/i.test(c)) || /\britual\b/i.test(values['Casting Time'] ?? ''),
      range: reach,
      ...parts,
      duration: lasting.duration,
      concentration: lasting.concentration,
      classes: [...new Set(classes)].sort(),
      subclasses: [],
      attack: attack ? (attack[1]!.toLowerCase() as 'melee') : null,
      save: save ? { ability: abilityNamed(save[1]!)!, onSuccess: /half as much damage/.test(description) ? 'half' : 'none' } : null,
      damage: spellDamage(level, description, higherLevels, vocabulary.damageTypes),
      healing: spellHealing(level, description, higherLevels),
      area: spellArea(`${values.Range} ${description}`),
      description: description.slice(0, 8000),
      higherLevels: higherLevels?.slice(0, 2000) ?? null,
    },
  };
}
