import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { TableSpell } from '@/lib/ai/prompts/spell-facts';
import { findSpell } from '@/lib/rules/srd/spells';
import type { Call, PlanContext } from './dm-plans';
import { pickTarget, standing } from './tactics';

/** Lower case, letters and digits only, single spaces: how spell and creature names are compared. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

const prepositions = /\s(?:on|at|upon|against|onto|into|toward|towards|to|over|around)\s/;
const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };

/**
 * The words after "cast" when they begin with a spell's name ("I cast Bless
 * on Aldric", "casting firebal at them"), so "I cast a glance around" is
 * not taken for a spell.
 */
export function castWords(action: string): string | null {
  const words = /\bcast(?:s|ing)?\s+(.+)$/i.exec(action.trim())?.[1];
  if (!words) return null;
  const parts = plain(words).split(' ');
  for (let n = Math.min(6, parts.length); n > 0; n--) if (findSpell(parts.slice(0, n).join(' '))) return words;
  return null;
}

/** A higher slot the player asked for: "at 2nd level", "with a level 3 slot", "upcast to third level". */
function slotAsked(words: string): number | undefined {
  const m = /\b(?:level\s+(\d)|(\d)(?:st|nd|rd|th)[-\s]level|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)[-\s]level)\b/.exec(words);
  if (!m) return undefined;
  return Number(m[1] ?? m[2]) || ordinals[m[3] ?? ''];
}

/**
 * The spell the words after "cast" name, and the words left to say at whom:
 * the longest spell the caster can cast that the words begin with, else
 * the words up to the first "on", "at", "into"... (the engine then finds it
 * in the SRD, or says why it cannot be cast).
 */
export function readSpell(words: string, known: readonly TableSpell[]): { name: string; rest: string } {
  const text = plain(words);
  const byLength = [...known].sort((a, b) => b.name.length - a.name.length);
  const found = byLength.find((s) => text === plain(s.name) || text.startsWith(`${plain(s.name)} `));
  if (found) return { name: found.name, rest: text.slice(plain(found.name).length).trim() };
  const cut = ` ${text} `.search(prepositions);
  if (cut < 0) return { name: text, rest: '' };
  return { name: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}

/** Words too common in a sentence to pick anyone out by ("one of the drowned"). */
const filler = new Set(['the', 'one', 'and', 'old', 'its', 'her', 'his']);

function everyone(table: TableFacts): TableCombatant[] {
  return [...table.party, ...table.creatures];
}

/** Whom the words name: "myself", people by name or a word of it, creatures by name, a word of it or of their id ("the skeletons" is each skeleton standing). */
export function namedTargets(table: TableFacts, actor: TableCombatant, rest: string): TableCombatant[] {
  const text = ` ${rest} `;
  const found: TableCombatant[] = [];
  let plural = false;
  if (/\s(myself|me|self|himself|herself|themself)\s/.test(text)) found.push(actor);
  for (const c of everyone(table)) {
    if (c.dead || found.includes(c)) continue;
    const words = [...plain(c.name).split(' '), ...plain(c.id).split(' ')].filter((w) => w.length >= 3 && !filler.has(w) && !/^\d+$/.test(w));
    const names = [plain(c.name), plain(c.id), ...words];
    const many = names.some((n) => text.includes(` ${n}s `) || text.includes(` ${n}es `));
    if (many || names.some((n) => text.includes(` ${n} `))) found.push(c);
    plural ||= many && c.side !== 'party';
  }
  // "the rat" means one rat: the nearest of those that answer to it.
  const creatures = found.filter((c) => c.side !== 'party');
  if (creatures.length > 1 && !plural) {
    const nearest = pickTarget({ ...table, creatures }, actor);
    return found.filter((c) => c.side === 'party' || c === nearest);
  }
  return found;
}

function hurtFirst(table: TableFacts): TableCombatant[] {
  return table.party.filter((c) => !c.dead).sort((a, b) => a.hp / a.maxHp - b.hp / b.maxHp);
}

/** Whom a spell goes to when the words name nobody: the worst hurt for healing, the nearest foe for harm, the caster and friends for help. */
function defaultTargets(ctx: PlanContext, spell: TableSpell | undefined): TableCombatant[] {
  const { table, actor } = ctx;
  switch (spell?.use) {
    case 'heal':
      return hurtFirst(table).slice(0, 1);
    case 'help':
      return [actor, ...table.party.filter((c) => c.id !== actor.id && standing(c))].slice(0, spell.targets ?? 1);
    case 'self':
    case 'other':
      return [];
    default: {
      const foe = pickTarget(table, actor, ctx.action);
      return foe ? [foe] : [];
    }
  }
}

function outcomeOf(ctx: PlanContext, toolName: string) {
  return ctx.outcomes.find((o) => o.toolName === toolName);
}

/**
 * The offline DM's plan for "I cast ...": the spell found among those the
 * caster can cast (by the SRD's name otherwise, for the engine to judge),
 * its targets from the words or the spell's use, an area aimed at the
 * first target's square on a battle map, a higher slot when asked for. A
 * harmful spell against foes who are not yet fighting starts the fight
 * first; the engine resolves everything else.
 */
export function spellPlan(ctx: PlanContext, words: string): Call | null {
  const { table, actor } = ctx;
  if (outcomeOf(ctx, 'cast_spell')) return null;
  const known = actor.spells ?? [];
  const { name, rest } = readSpell(words, known);
  const spell = known.find((s) => plain(s.name) === plain(name));
  const named = namedTargets(table, actor, rest);
  const targets = named.length ? named : defaultTargets(ctx, spell);
  const hostile = targets.some((t) => t.side === 'hostile');
  if (hostile && !table.combat && actor.side === 'party') {
    const start = outcomeOf(ctx, 'start_combat');
    if (!start) return { toolName: 'start_combat', input: { reason: ctx.action } };
    if (!start.ok || start.value.firstTurn !== actor.id) return null;
  }
  const slotLevel = slotAsked(rest);
  const input: Record<string, unknown> = { casterId: actor.id, spell: spell?.name ?? name };
  if (slotLevel) input.slotLevel = slotLevel;
  const centre = targets[0]?.at;
  if (spell?.use === 'area' && table.map && centre) input.point = { x: centre[0], y: centre[1] };
  else if (targets.length && spell?.use !== 'self') input.targetIds = targets.map((t) => t.id);
  return { toolName: 'cast_spell', input };
}
