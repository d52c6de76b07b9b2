import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { TableSpell } from '@/lib/ai/prompts/spell-facts';
import { type Call, done, type PlanContext } from './plan-context';
import { plain, readSpell, slotAsked } from './spell-words';
import { pickTarget, standing } from './tactics';

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
  if (done(ctx, 'cast_spell')) return null;
  const known = actor.spells ?? [];
  const { name, rest } = readSpell(words, known);
  const spell = known.find((s) => plain(s.name) === plain(name));
  const named = namedTargets(table, actor, rest);
  const targets = named.length ? named : defaultTargets(ctx, spell);
  const hostile = targets.some((t) => t.side === 'hostile');
  if (hostile && !table.combat && actor.side === 'party') {
    const start = done(ctx, 'start_combat');
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
