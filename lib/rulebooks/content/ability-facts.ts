// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { DamageType } from '@/lib/rules/damage-types';
import type { Usage } from '@/lib/rules/srd/common';
import type { DamageEntry, DamagePart, MonsterAbility } from '@/lib/rules/srd/monster-schema';
import type { RuleVocabulary } from '../rule-module.ts';
import type { ContentContext } from './context.ts';
import { areaFromText, imposedConditions } from './action-words.ts';
import { monsterSpellcasting } from './spellcasting.ts';
import { abilityNamed, abilityWords, compactDice } from './text.ts';

/**
 * The mechanics a trait or action's words state, as the engine's SRD
 * monsters hold them: an attack roll with its reach or range, the damage a
 * hit deals, a save with its DC, the area it covers, the conditions it
 * imposes, a grapple's escape DC, a recharge or daily uses, a legendary
 * action's cost and a trait's spellcasting.
 */
type AbilityFacts = Omit<MonsterAbility, 'name'>;

function usageIn(name: string): Usage | undefined {
  const perDay = /\((\d+)\/Day(?: each)?\)/i.exec(name);
  if (perDay) return { kind: 'per day', times: Number(perDay[1]) };
  const recharge = /\(Recharge (\d)(?:-6)?\)/i.exec(name);
  if (recharge) return { kind: 'recharge', min: Number(recharge[1]) };
  const rest = /\(Recharges? after a (Short or Long|Long|Short) Rest\)/i.exec(name);
  if (rest) return { kind: 'per rest', times: 1, rests: rest[1]!.toLowerCase().split(' or ') as Array<'short' | 'long'> };
  return undefined;
}

const attackPattern =
  /^(Melee or Ranged|Melee|Ranged) (Weapon|Spell) Attack: ?([+-]\d+) to hit(?: \([^)]*\))?, (?:reach (\d+) ?ft\.?)?(?:,? (?:or|and) )?(?:ranged? (\d+)(?: ?ft\.)?(?:\/(\d+))? ?ft\.?)?/i;

function attackIn(text: string): MonsterAbility['attack'] {
  const match = attackPattern.exec(text);
  if (!match) return undefined;
  return {
    kind: match[1]!.toLowerCase() as 'melee',
    source: match[2]!.toLowerCase() as 'weapon',
    bonus: Number(match[3]),
    ...(match[4] && { reach: Number(match[4]) }),
    ...(match[5] && { range: { normal: Number(match[5]), ...(match[6] && { long: Number(match[6]) }) } }),
  };
}

/** "12 (2d6 + 5) bludgeoning damage", or a flat "1 piercing damage". */
function damagePattern(vocabulary: RuleVocabulary): RegExp {
  return new RegExp(`\\b(\\d+)(?: \\((\\d+d\\d+(?: ?[+-] ?\\d+)?)\\))? (${vocabulary.damageTypes.join('|')}) damage`, 'g');
}

function part(match: RegExpMatchArray): DamagePart {
  return { dice: compactDice(match[2] ?? match[1]!), type: match[3] as DamageType };
}

const savePattern = new RegExp(`DC (\\d+) (${abilityWords}) saving throw`);

/** Damage a save of its own lets the target take less of: "must make a DC 11 Constitution saving throw, taking 9 (2d8) poison damage on a failed save". */
function riderDamage(sentence: string, vocabulary: RuleVocabulary): DamageEntry | null {
  const save = savePattern.exec(sentence);
  const taking = new RegExp(`taking ${damagePattern(vocabulary).source}`).exec(sentence);
  if (!save || !taking || taking.index < save.index) return null;
  return { ...part(taking), save: { ability: abilityNamed(save[2]!)!, dc: Number(save[1]), onSuccess: /half as much/.test(sentence) ? 'half' : 'none' } };
}

/**
 * What a hit deals: the first damage, alternatives for a versatile weapon
 * ("or 6 (1d10 + 2) slashing damage if used with two hands"), what comes
 * "plus", and damage a save of its own lets the target take less of.
 */
function hitDamage(hit: string, vocabulary: RuleVocabulary): DamageEntry[] {
  const sentences = hit.split(/(?<=\.) (?=\p{Lu})/u);
  // The hit's own damage comes before any save it calls for.
  const own = sentences[0]!.split(/,? and the target must|\. The target must/)[0]!;
  const first = [...own.matchAll(damagePattern(vocabulary))];
  if (first.length === 0) return [];
  const entries: DamageEntry[] = [];
  const twoHanded = /if used with two hands/.test(own) && first[1];
  if (twoHanded) entries.push({ oneOf: [{ ...part(first[0]!), note: 'one-handed' }, { ...part(first[1]!), note: 'two-handed' }] });
  else entries.push(part(first[0]!));
  for (const plus of own.matchAll(new RegExp(`plus ${damagePattern(vocabulary).source}`, 'g'))) entries.push(part(plus));
  for (const sentence of sentences) {
    const rider = riderDamage(sentence, vocabulary);
    if (rider) entries.push(rider);
  }
  return entries;
}

/** The mechanics of one trait or action, from its name as printed (with its usage) and its text. */
export function abilityFacts(name: string, text: string, { vocabulary, spellLevels }: ContentContext): AbilityFacts {
  const cost = /\(Costs (\d) Actions\)/i.exec(name);
  const usage = usageIn(name);
  const attack = attackIn(text);
  const saveMatch = savePattern.exec(text);
  const save = saveMatch && { ability: abilityNamed(saveMatch[2]!)!, dc: Number(saveMatch[1]), onSuccess: /half as much/.test(text) ? ('half' as const) : ('none' as const) };
  const hit = /\bHit: (.*)$/.exec(text)?.[1];
  const damage = attack ? (hit ? hitDamage(hit, vocabulary) : []) : otherDamage(text, vocabulary);
  const escape = /escape DC (\d+)/.exec(text);
  const imposed = attack || save ? imposedConditions(text, vocabulary.conditions) : [];
  const area = save && !attack ? areaFromText(text) : undefined;
  const spellcasting = /Spellcasting/i.test(name) ? monsterSpellcasting(text, spellLevels) : undefined;
  return {
    ...(cost && { cost: Number(cost[1]) }),
    ...(usage && { usage }),
    ...(attack && { attack }),
    ...(save && { save }),
    ...(area && { area }),
    ...(damage.length > 0 && { damage }),
    ...(imposed.length > 0 && { imposes: imposed as NonNullable<MonsterAbility['imposes']> }),
    ...(escape && { escapeDc: Number(escape[1]) }),
    ...(spellcasting && { spellcasting }),
  };
}

/** What an ability that is no attack deals ("taking 54 (12d8) acid damage on a failed save", "takes 10 (3d6) psychic damage"), with what comes "plus". */
function otherDamage(text: string, vocabulary: RuleVocabulary): DamageEntry[] {
  const first = damagePattern(vocabulary).exec(text);
  if (!first) return [];
  const plus = [...text.matchAll(new RegExp(`plus ${damagePattern(vocabulary).source}`, 'g'))];
  return [part(first), ...plus.map(part)];
}
