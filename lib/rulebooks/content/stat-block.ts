// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { Ability } from '@/lib/rules/abilities';
import type { Monster } from '@/lib/rules/srd/monster-schema';
import type { RuleVocabulary } from '../rule-module.ts';
import type { ContentContext, Parsed } from './context.ts';
import type { FoundEntry } from './entries.ts';
import { monsterHeader } from '../entry-headers.ts';
import type { ParsedMonster } from './schema.ts';
import { blockAbilities } from './stat-block-abilities.ts';
import { damageDefenses, monsterSenses, monsterSpeed } from './stat-block-lines.ts';
import { abilityNamed, compactDice, oneLine, plainText, skillNamed, slugOf, wholeNumber } from './text.ts';

const labels = [
  'Armor Class',
  'Hit Points',
  'Speed',
  'STR',
  'Saving Throws',
  'Skills',
  'Damage Vulnerabilities',
  'Damage Resistances',
  'Damage Immunities',
  'Condition Immunities',
  'Senses',
  'Languages',
  'Challenge',
  'Proficiency Bonus',
] as const;
type Label = (typeof labels)[number];

const labelPattern = new RegExp(`(?:^|\\s)(${labels.join('|')})(?=\\s|$)`, 'g');

/** Each label's value: the text from the label to the next one, first use of each label only. */
function fields(stats: string): Partial<Record<Label, string>> {
  const found: Array<{ label: Label; start: number; end: number }> = [];
  for (const match of stats.matchAll(labelPattern)) {
    const label = match[1] as Label;
    if (found.some((f) => f.label === label)) continue;
    found.push({ label, start: match.index, end: match.index + match[0].length });
  }
  return Object.fromEntries(found.map((f, i) => [f.label, stats.slice(f.end, found[i + 1]?.start ?? stats.length).trim()]));
}

const abilityOrder: Ability[] = ['str', 'dex', 'con', 'int', 'wis', 'cha'];

function scores(text: string | undefined): Monster['abilities'] | null {
  const values = [...(text ?? '').matchAll(/(\d+)\s*\(\s*[+-]?\s*\d+\s*\)/g)].map((m) => Number(m[1]));
  if (values.length < 6) return null;
  return Object.fromEntries(abilityOrder.map((a, i) => [a, values[i]!])) as Monster['abilities'];
}

/** "Con +6, Int +8" or "History +12, Perception +10", by `key`. */
function bonuses<K extends string>(text: string | undefined, key: (name: string) => K | null): Partial<Record<K, number>> {
  const result: Partial<Record<K, number>> = {};
  for (const match of (text ?? '').matchAll(/([A-Za-z][A-Za-z ]*?)\s*([+-]\s*\d+)/g)) {
    const id = key(match[1]!.trim());
    if (id) result[id] = Number(match[2]!.replace(/\s/g, ''));
  }
  return result;
}

const armourIds: Record<string, string> = { 'studded leather': 'studded-leather-armor', plate: 'plate-armor', splint: 'splint-armor', padded: 'padded-armor', 'half plate': 'half-plate-armor' };

type ArmourClass = Monster['armorClass'][number];

/** One armour class as printed: "17 (natural armor)", "15 (leather armor, shield)", "12 (15 with mage armor)", "11 while prone". */
function armourEntries(value: number, note: string, tail: string, conditions: readonly string[]): ArmourClass[] {
  const spell = /^(\d+) with (mage armor|barkskin)$/.exec(note);
  if (spell) return [{ value, kind: 'dex' }, { value: Number(spell[1]), kind: 'spell', spell: slugOf(spell[2]!) }];
  const condition = /^while (\w+)/.exec(tail)?.[1];
  if (condition && conditions.includes(condition)) return [{ value, kind: 'condition', condition: condition as ArmourClass['condition'] }];
  if (/natural armor/.test(note)) return [{ value, kind: 'natural' }];
  if (note && !/\d/.test(note)) return [{ value, kind: 'armor', armor: note.split(/\s*,\s*/).map((a) => armourIds[a] ?? slugOf(a)) }];
  return [{ value, kind: 'dex' }];
}

/** Armour classes as printed, the usual one first; other forms' follow after a comma ("11 in humanoid form, 12 (natural armor) in wolf form"). */
function armourClass(text: string | undefined, conditions: readonly string[]): Monster['armorClass'] | null {
  const entries = (text ?? '').split(/,\s*(?=\d)/).flatMap((part) => {
    const match = /^(\d+)(?:\s*\(([^)]*)\))?\s*(.*)$/.exec(part.trim());
    return match ? armourEntries(Number(match[1]), (match[2] ?? '').toLowerCase(), match[3]!.toLowerCase(), conditions) : [];
  });
  return entries.length ? entries : null;
}

/** "135 (18d10 + 36)": the average and the roll. */
function hitPoints(text: string | undefined): { hitPoints: number; hitPointsRoll: string; hitDice: string } | null {
  const match = /^(\d[\d,]*)\s*\((\d+d\d+(?:\s*[+-]\s*\d+)?)\)/.exec(text ?? '');
  if (!match) return null;
  const roll = compactDice(match[2]!);
  return { hitPoints: wholeNumber(match[1]!), hitPointsRoll: roll, hitDice: /^\d+d\d+/.exec(roll)![0] };
}

function challenge(text: string | undefined): { challengeRating: number; xp: number } | null {
  const match = /^(\d+)(?:\/(\d+))?\s*\(([\d,]+)\s*XP\)/.exec(text ?? '');
  if (!match) return null;
  return { challengeRating: match[2] ? Number(match[1]) / Number(match[2]) : Number(match[1]), xp: wholeNumber(match[3]!) };
}

/** Languages spoken or understood, one a phrase, and telepathy apart. */
function languages(text: string | undefined): { languages: string[]; telepathy: number | null } {
  const phrases = (text ?? '').split(/\s*,\s*(?![^(]*\))/).map((p) => p.trim()).filter((p) => p && !/^[-\u2014\u2013]+$/.test(p));
  const telepathy = phrases.map((p) => /telepathy (\d+) ft/.exec(p)).find(Boolean);
  return { languages: phrases.filter((p) => !/^telepathy\b/.test(p)), telepathy: telepathy ? Number(telepathy[1]) : null };
}

/** The engine's proficiencyForChallenge, which this thread does not load (see pdf-text.ts). */
function proficiencyFor(challengeRating: number): number {
  return 2 + Math.floor((Math.max(1, Math.ceil(challengeRating)) - 1) / 4);
}

/**
 * A stat block's numbers read from its lines: the header, then each labelled
 * line, the six scores, then its traits and actions (stat-block-abilities).
 * Every number the engine plays by must be found, or the block is not read.
 */
export function parseStatBlock(entry: FoundEntry, context: ContentContext): Parsed<ParsedMonster> {
  const { vocabulary } = context;
  const header = monsterHeader.exec(entry.lines[0] ?? '');
  if (!header) return { ok: false, reason: 'no size, type and alignment line' };
  const body = entry.lines.slice(1).map(plainText);
  const all = oneLine(body.join('\n'));
  const end = /\bChallenge \d+(?:\/\d+)?\s*\([\d,]+\s*XP\)(?:\s*Proficiency Bonus [+-]\d+)?/.exec(all);
  if (!end) return { ok: false, reason: 'no Challenge with its XP' };
  const field = fields(all.slice(0, end.index + end[0].length));
  const ac = armourClass(field['Armor Class'], vocabulary.conditions);
  const hp = hitPoints(field['Hit Points']);
  const speed = monsterSpeed(field.Speed);
  const abilityScores = scores(field.STR);
  const cr = challenge(field.Challenge);
  const missing = [!ac && 'Armor Class', !hp && 'Hit Points with dice', !speed && 'Speed', !abilityScores && 'the six ability scores', !cr && 'Challenge'].filter(Boolean);
  if (missing.length || !ac || !hp || !speed || !abilityScores || !cr) return { ok: false, reason: `could not read ${missing.join(', ')}` };
  const sizeType = header[2]!.trim().toLowerCase();
  const swarm = /^swarm of (\w+) (\w+?)s?$/.exec(sizeType);
  const abilities = blockAbilities(body, context);
  return {
    ok: true,
    value: {
      id: slugOf(entry.name),
      name: entry.name,
      page: entry.page,
      size: header[1]!.toLowerCase() as Monster['size'],
      type: (swarm ? swarm[2]! : sizeType) as Monster['type'],
      subtype: header[3]?.trim() || null,
      swarmOf: swarm ? (swarm[1]!.toLowerCase() as Monster['size']) : null,
      alignment: header[4]!.trim(),
      armorClass: ac,
      ...hp,
      speed,
      abilities: abilityScores,
      savingThrows: bonuses(field['Saving Throws'], abilityNamed),
      skills: bonuses(field.Skills, skillNamed),
      damageVulnerabilities: damageDefenses(field['Damage Vulnerabilities'], vocabulary),
      damageResistances: damageDefenses(field['Damage Resistances'], vocabulary),
      damageImmunities: damageDefenses(field['Damage Immunities'], vocabulary),
      conditionImmunities: conditionList(field['Condition Immunities'], vocabulary),
      senses: monsterSenses(field.Senses),
      ...languages(field.Languages),
      ...cr,
      proficiencyBonus: proficiencyFor(cr.challengeRating),
      ...abilities,
      forms: [],
    },
  };
}

function conditionList(text: string | undefined, vocabulary: RuleVocabulary): Monster['conditionImmunities'] {
  const known = [...vocabulary.conditions, 'exhaustion'];
  const words = (text ?? '').toLowerCase().split(/[\s,;]+/);
  return known.filter((c) => words.includes(c)) as Monster['conditionImmunities'];
}
